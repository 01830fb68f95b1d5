import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { measureQuality, type GoldenQuery, type QualityReport } from '../../src/search/measure.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { distDir } from '../helpers/built-site.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';

const golden = JSON.parse(readFileSync(new URL('../golden/queries.json', import.meta.url), 'utf8')) as GoldenQuery[];
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

/** The same build indexed by stock Pagefind (default settings, whole pages with their headings). */
async function stockIndex(site: string): Promise<void> {
	const { index } = await pagefind.createIndex({});
	try {
		await index!.addDirectory({ path: site });
		await index!.writeFiles({ outputPath: join(site, 'pagefind-stock') });
	} finally {
		await pagefind.close();
	}
}

beforeAll(async () => {
	const site = mkdtempSync(join(tmpdir(), 'site-'));
	cpSync(distDir, site, { recursive: true });
	await stockIndex(site);
	[browser, server] = await Promise.all([launchChromium(), serveStatic(site)]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Our ranking: what the search page lists for each query. */
async function oursFor(queries: string[]): Promise<string[][]> {
	const page = await browser.newPage();
	const out: string[][] = [];
	for (const q of queries) {
		await page.goto(`${server.url}search.html?q=${encodeURIComponent(q)}`);
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
		out.push(await page.locator('#search-results > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['clause']!)));
	}
	await page.close();
	return out;
}

/** Stock Pagefind: its page ranking, each page's sub-results (clause headings) by matches. */
async function stockFor(queries: string[]): Promise<string[][]> {
	const page = await browser.newPage();
	await page.goto(`${server.url}index.html`);
	// A module script tag, so the test runner does not rewrite the import.
	await page.addScriptTag({ type: 'module', content: "import * as pf from './pagefind-stock/pagefind.js'; window.stockPagefind = pf;" });
	await page.waitForFunction(() => 'stockPagefind' in window);
	const out = await page.evaluate(async (qs) => {
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
	await page.close();
	return out;
}

const row = (name: string, r: QualityReport) => `${name.padEnd(16)} hit@1 ${r.hitAt1.toFixed(3)}  hit@3 ${r.hitAt3.toFixed(3)}  MRR ${r.mrr.toFixed(3)}`;

describe('search quality on the golden query set', () => {
	test(`ours beats stock Pagefind and meets hit@1 ≥ 0.90, hit@3 ≥ 0.97 (${golden.length} queries)`, async () => {
		const queries = golden.map((g) => g.query);
		const ours = measureQuality(golden, await oursFor(queries));
		const stock = measureQuality(golden, await stockFor(queries));
		const report = [
			row('ours', ours),
			row('stock Pagefind', stock),
			'',
			'ours, first result not accepted:',
			...ours.misses.map((m) => `  ${m.query} → ${m.got.join(' ') || '(nothing)'}`),
		].join('\n');
		console.log(`\nGolden set, ${golden.length} queries (tests/golden/queries.json)\n${report}`);
		mkdirSync(new URL('../output/', import.meta.url), { recursive: true });
		writeFileSync(new URL('../output/golden-report.txt', import.meta.url), `${report}\n`);
		expect(ours.mrr).toBeGreaterThan(stock.mrr);
		expect(ours.hitAt1).toBeGreaterThanOrEqual(0.9);
		expect(ours.hitAt3).toBeGreaterThanOrEqual(0.97);
	}, 300_000);
});
