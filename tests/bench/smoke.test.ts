import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/**
 * The scale benchmark's smoke run, as CI runs it: `npm run bench -- --docs 50`. It asserts that
 * every figure is measured and reported, never how fast anything is.
 */
/** The parts of the bench's report.json this test reads. */
interface BenchReport {
	docs: number;
	clauses: number;
	ours: { wallMs: number; peakBytes: number; queries: { firstQueryBytes: number } };
	stock: { wallMs: number; queries: { warmP50: number } };
}

describe('npm run bench -- --docs 50', () => {
	test('builds the synthetic library ours and stock, and reports every stage, size and query figure with ratios', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'run');
		const run = spawnSync('npm', ['run', 'bench', '--', '--docs', '50', '--out', out], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, FORCE_COLOR: '0' },
		});
		const output = `${run.stdout}\n${run.stderr}`;
		console.log(run.stdout);
		expect(run.status, output).toBe(0);
		for (const stage of ['loading content', 'relations', 'rendering pages', 'search index', 'offline bundle', 'checks']) expect(output).toContain(stage);
		for (const row of [
			'full build, wall time',
			'full build, peak memory',
			'output size',
			'search index size',
			'search page \\+ first query, bytes',
			'warm query p50',
			'warm query p95',
		]) {
			expect(output).toMatch(new RegExp(`${row}.*\\d.*\\d.*\\d+\\.\\d\\d`));
		}
		const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as BenchReport;
		expect(report.docs).toBe(50);
		expect(report.clauses).toBeGreaterThan(50 * 8);
		expect(report.ours.wallMs).toBeGreaterThan(0);
		expect(report.ours.peakBytes).toBeGreaterThan(0);
		expect(report.stock.wallMs).toBeGreaterThan(0);
		expect(report.ours.queries.firstQueryBytes).toBeGreaterThan(0);
		expect(report.stock.queries.warmP50).toBeGreaterThan(0);
	}, 600_000);
});
