import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, test } from 'vitest';
import { QUALITY_TARGET, measureQuality, type GoldenQuery, type QualityReport } from '../../src/search/measure.ts';
import { distDir } from '../helpers/built-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const golden = JSON.parse(readFileSync(new URL('../golden/queries.json', import.meta.url), 'utf8')) as GoldenQuery[];
const queries = golden.map((g) => g.query);
// A copy of the real build, which stock Pagefind indexes too, on a local server.
const site = mkdtempSync(join(tmpdir(), 'site-'));
cpSync(distDir, site, { recursive: true });
const served = useServedSite(site);

/** The same build indexed by stock Pagefind (default settings, whole pages with their headings). */
async function stockIndex(dir: string): Promise<void> {
	const { index } = await pagefind.createIndex({});
	try {
		await index!.addDirectory({ path: dir });
		await index!.writeFiles({ outputPath: join(dir, 'pagefind-stock') });
	} finally {
		await pagefind.close();
	}
}

beforeAll(() => stockIndex(site));

/** Our ranking: what the search page at `base` lists for each query. */
async function oursFor(base: string): Promise<string[][]> {
	const page = await served.page();
	const out: string[][] = [];
	for (const q of queries) {
		await page.goto(`${base}search.html?q=${encodeURIComponent(q)}`);
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
		out.push(await page.locator('#search-results > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['clause']!)));
	}
	return out;
}

/** Stock Pagefind: its page ranking, each page's sub-results (clause headings) by matches. */
async function stockFor(): Promise<string[][]> {
	const page = await served.page();
	await page.goto(`${served.url}index.html`);
	// A module script tag, so the test runner does not rewrite the import.
	await page.addScriptTag({ type: 'module', content: "import * as pf from './pagefind-stock/pagefind.js'; window.stockPagefind = pf;" });
	await page.waitForFunction(() => 'stockPagefind' in window);
	return page.evaluate(async (qs) => {
		const pf = (window as unknown as { stockPagefind: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } }).stockPagefind;
		const lists: string[][] = [];
		for (const q of qs) {
			const search = await pf.search(q);
			const pages = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
			const ids: string[] = [];
			for (const p of pages as { sub_results: { url: string; locations: number[] }[] }[]) {
				const subs = [...p.sub_results].sort((a, b) => b.locations.length - a.locations.length);
				for (const s of subs) {
					const id = decodeURIComponent(s.url.split('#')[1] ?? '').replace(/-h$/, '');
					if (id && !ids.includes(id)) ids.push(id);
				}
			}
			lists.push(ids);
		}
		return lists;
	}, queries);
}

const row = (name: string, r: QualityReport) => `${name.padEnd(16)} hit@1 ${r.hitAt1.toFixed(3)}  hit@3 ${r.hitAt3.toFixed(3)}  MRR ${r.mrr.toFixed(3)}`;

describe('search quality on the golden query set', () => {
	let ours: string[][] = [];

	test(`ours beats stock Pagefind and meets hit@1 ≥ ${QUALITY_TARGET.hitAt1}, hit@3 ≥ ${QUALITY_TARGET.hitAt3} (${golden.length} queries)`, async () => {
		ours = await oursFor(served.url);
		const quality = measureQuality(golden, ours);
		const stock = measureQuality(golden, await stockFor());
		const report = [
			row('ours', quality),
			row('stock Pagefind', stock),
			'',
			'ours, first result not accepted:',
			...quality.misses.map((m) => `  ${m.query} → ${m.got.join(' ') || '(nothing)'}`),
		].join('\n');
		console.log(`\nGolden set, ${golden.length} queries (tests/golden/queries.json)\n${report}`);
		mkdirSync(new URL('../output/', import.meta.url), { recursive: true });
		writeFileSync(new URL('../output/golden-report.txt', import.meta.url), `${report}\n`);
		expect(quality.mrr).toBeGreaterThan(stock.mrr);
		expect(quality.hitAt1).toBeGreaterThanOrEqual(QUALITY_TARGET.hitAt1);
		expect(quality.hitAt3).toBeGreaterThanOrEqual(QUALITY_TARGET.hitAt3);
	}, 300_000);

	test('read from disk (file://), search finds the same first clause as on a server for every golden query', async () => {
		// The from-disk index is another path to the same ranking: on the real library it must not drift.
		if (ours.length === 0) ours = await oursFor(served.url);
		const fromDisk = await oursFor(pathToFileURL(`${site}/`).href);
		expect(fromDisk.map((ids) => ids[0] ?? '(nothing)')).toEqual(ours.map((ids) => ids[0] ?? '(nothing)'));
	}, 180_000);
});
