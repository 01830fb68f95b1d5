import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, test } from 'vitest';
import { QUALITY_TARGETS, measureByKind, measureSome, queryKinds, type GoldenQuery, type QualityReport, type QueryKind } from '../../src/search/measure.ts';
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

/** Our ranking: what the search page at `base` (a server, or the site's folder opened from disk) lists for each query. */
async function oursFor(base: string): Promise<string[][]> {
	const page = await served.page();
	const out: string[][] = [];
	for (const q of queries) {
		await page.goto(`${base}search.html?q=${encodeURIComponent(q)}`);
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
		out.push(await page.locator('#search-results > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['clause']!)));
	}
	await page.context().close();
	return out;
}

/** Stock Pagefind: its page ranking, each page's sub-results (clause headings) by matches. */
async function stockFor(): Promise<string[][]> {
	const page = await served.page();
	await page.goto(`${served.url}index.html`);
	// A module script tag, so the test runner does not rewrite the import.
	await page.addScriptTag({ type: 'module', content: "import * as pf from './pagefind-stock/pagefind.js'; window.stockPagefind = pf;" });
	await page.waitForFunction(() => 'stockPagefind' in window);
	const lists = await page.evaluate(async (qs) => {
		const pf = (window as unknown as { stockPagefind: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } }).stockPagefind;
		const out: string[][] = [];
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
			out.push(ids);
		}
		return out;
	}, queries);
	await page.context().close();
	return lists;
}

let ours: Record<QueryKind, QualityReport>;
let fromDisk: Record<QueryKind, QualityReport>;
let stock: Record<QueryKind, QualityReport>;

beforeAll(async () => {
	await stockIndex(site);
	const servedLists = await oursFor(served.url);
	const diskLists = await oursFor(pathToFileURL(`${site}/`).href);
	ours = measureByKind(golden, servedLists);
	fromDisk = measureByKind(golden, diskLists);
	const heldOut = (g: GoldenQuery) => g.heldOut === true;
	stock = measureByKind(golden, await stockFor());
	const row = (name: string, r: QualityReport) => `  ${name.padEnd(16)} hit@1 ${r.hitAt1.toFixed(3)}  hit@3 ${r.hitAt3.toFixed(3)}  MRR ${r.mrr.toFixed(3)}`;
	const report = queryKinds.flatMap((kind) => [
		`${kind} queries (${ours[kind].queries}):`,
		row('served', ours[kind]),
		row('from disk', fromDisk[kind]),
		row('stock Pagefind', stock[kind]),
		...(kind === 'question'
			? [row('held out, served', measureSome(golden, servedLists, heldOut)), row('held out, disk', measureSome(golden, diskLists, heldOut))]
			: []),
		'  served, first result not accepted:',
		...ours[kind].misses.map((m) => `    ${m.query} → ${m.got.join(' ') || '(nothing)'}`),
		'',
	]);
	console.log(`\nGolden set, ${golden.length} queries (tests/golden/queries.json)\n${report.join('\n')}`);
	mkdirSync(new URL('../output/', import.meta.url), { recursive: true });
	writeFileSync(new URL('../output/golden-report.txt', import.meta.url), `${report.join('\n')}\n`);
}, 600_000);

describe('search quality on the golden query set, served and from disk', () => {
	for (const kind of queryKinds) {
		const target = QUALITY_TARGETS[kind];
		test(`${kind} queries: hit@1 ≥ ${target.hitAt1} and hit@3 ≥ ${target.hitAt3}, served and from disk`, () => {
			for (const r of [ours[kind], fromDisk[kind]]) {
				expect(r.hitAt1).toBeGreaterThanOrEqual(target.hitAt1);
				expect(r.hitAt3).toBeGreaterThanOrEqual(target.hitAt3);
			}
		});
	}

	test('ours ranks better than stock Pagefind on both kinds', () => {
		for (const kind of queryKinds) expect(ours[kind].mrr).toBeGreaterThan(stock[kind].mrr);
	});
});
