/**
 * The scale benchmark: generates a deterministic synthetic library of N documents from the real
 * clauses' words, builds it with this library's build and, as the baseline, as a stock Astro +
 * MDX + Pagefind site; prints each stage's wall time and peak memory (the whole process tree:
 * Astro, Pagefind's indexer), output and index sizes, and query costs in headless Chromium;
 * then ours, stock's and the ratio. Prints measured numbers only; asserts nothing.
 *
 *   npm run bench -- --docs 1000 [--out .bench/1000] [--no-stock] [--no-browser] [--incremental]
 *
 * `--incremental` then edits one clause of one document (the middle one) and rebuilds with the
 * cache the full build left, as an editor's next build would, and times that rebuild too.
 *
 * The report is also written as JSON to <out>/report.json.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { siteFileSizes } from '../src/build/site-files.ts';
import { launchChromium } from './lib/chromium.ts';
import { ourQueryTimings, stockQueryTimings, type QueryTimings } from './bench/browser-queries.ts';
import { measure, peakBetween, type Measured } from './bench/measure.ts';
import { writeStockSite } from './bench/stock-site.ts';
import { writeSyntheticLibrary } from './bench/synthetic-library.ts';
import { discarded } from './lib/discard.ts';
import { readLibrary } from '../src/library/read-data.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const docs = Number(option('docs') ?? '100');
if (!Number.isInteger(docs) || docs < 1) {
	console.error(`--docs must be a positive whole number; got ${JSON.stringify(option('docs'))}`);
	process.exit(2);
}
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const out = resolve(option('out') ?? join(root, '.bench', String(docs)));
const withStock = !args.includes('--no-stock');
const withBrowser = !args.includes('--no-browser');
const withIncremental = args.includes('--incremental');
const node = process.execPath;
const require = createRequire(import.meta.url);
const astroBin = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
const pagefindBin = join(root, 'node_modules/.bin/pagefind');
const queries = (JSON.parse(readFileSync(join(root, 'tests/golden/queries.json'), 'utf8')) as { query: string }[]).map((g) => g.query);

const GiB = 2 ** 30;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / GiB).toFixed(2)} GB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function failIfBroken(what: string, m: Measured): void {
	if (m.status !== 0) {
		console.error(m.output.split('\n').slice(-40).join('\n'));
		throw new Error(`${what} failed (exit ${m.status})`);
	}
}

function folderBytes(dir: string, filter: (path: string) => boolean = () => true): { bytes: number; files: number } {
	const files = siteFileSizes(dir).filter((f) => filter(f.path));
	return { bytes: files.reduce((sum, f) => sum + f.bytes, 0), files: files.length };
}

// 1. The corpus, written twice.
rmSync(out, { recursive: true, force: true });
const libraryDir = join(out, 'library');
const stockDir = join(out, 'stock');
const stockDocs = writeStockSite(stockDir, join(root, 'node_modules'));
const clauses = writeSyntheticLibrary({
	docs,
	source: readLibrary(join(root, 'content')),
	sourceDir: join(root, 'content'),
	out: libraryDir,
	stockOut: stockDocs,
});
console.log(
	`Scale benchmark: ${docs} documents, ${clauses} clauses; ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / GiB).toFixed(0)} GB RAM, Node ${process.version}`,
);

// 2. Our build, stage by stage.
const stagesFile = join(out, 'stages.jsonl');
const site = join(out, 'site');
const buildEnv = (stages: string) => ({
	...process.env,
	LIBRARY_CONTENT_DIR: libraryDir,
	OUT_DIR: site,
	ASTRO_CACHE_DIR: join(out, 'cache'),
	BUILD_STAGES_FILE: stages,
	FORCE_COLOR: '0',
});
const ours = await measure(node, [join(root, 'scripts/build.ts')], { cwd: root, env: buildEnv(stagesFile) });
failIfBroken('our build', ours);
// The old output is deleted in the background once the new one is in place: let that finish before measuring anything else.
await discarded(site);
/** Each stage's wall time and the tree's peak while it ran, from a build's stage records. */
function stagesOf(run: Measured, recorded: { stage: string; start: number; end: number }[]): [string, { ms: number; peak: number } | null][] {
	const window = (name: string) => recorded.filter((r) => r.stage === name);
	const span = (names: string[]) => {
		const rs = names.flatMap(window);
		if (rs.length === 0) return null;
		const start = Math.min(...rs.map((r) => r.start));
		const end = Math.max(...rs.map((r) => r.end));
		return { ms: rs.reduce((sum, r) => sum + r.end - r.start, 0), peak: peakBetween(run.samples, start, end) };
	};
	const library = span(['loading content: files', 'loading content: parses in workers', 'loading content: clauses']);
	const relations = span(['relations']);
	const rendering = span(['rendering'])!;
	const nested = (library?.ms ?? 0) + (relations?.ms ?? 0);
	return [
		['startup (config, Vite)', span(['startup'])],
		['loading content (read, parse clauses)', library],
		['relations (similar clauses)', relations],
		['rendering pages (Astro)', { ms: rendering.ms - nested, peak: rendering.peak }],
		['rendering short links', span(['rendering: short links'])],
		['search index: Pagefind, alongside rendering', span(['search index: pagefind'])],
		['search index: after rendering', span(['search index'])],
		['offline bundle (service worker, ZIP)', span(['offline bundle'])],
		['checks (output verifier)', span(['checks'])],
	];
}
const readStages = (file: string) =>
	readFileSync(file, 'utf8')
		.trim()
		.split('\n')
		.map((l) => JSON.parse(l) as { stage: string; start: number; end: number });
const stages = stagesOf(ours, readStages(stagesFile));
const byProcess = (m: Measured) =>
	Object.entries(m.peakByName)
		.filter(([, bytes]) => bytes > 50 * 2 ** 20)
		.map(([name, bytes]) => `${name} ${gb(bytes)}`)
		.join(', ');
console.log(`\nOur build: ${s(ours.end - ours.start)} wall, peak ${gb(ours.peakBytes)} (process tree; each process's own peak: ${byProcess(ours)})`);
const printStages = (list: typeof stages) => {
	for (const [name, v] of list) if (v) console.log(`  ${name.padEnd(46)} ${s(v.ms).padStart(9)}   peak ${gb(v.peak)}`);
};
printStages(stages);

// 2b. One edit, rebuilt with the cache the full build left.
let rebuild: { run: Measured; stages: typeof stages; edited: string } | null = null;
if (withIncremental) {
	const names = readdirSync(join(libraryDir, 'documents'))
		.filter((f) => f.endsWith('.mdx'))
		.sort();
	const edited = names[Math.floor(names.length / 2)]!;
	const file = join(libraryDir, 'documents', edited);
	const text = readFileSync(file, 'utf8');
	// The first paragraph of clause text (a line that is not a tag, blank or frontmatter) gains a sentence.
	const lines = text.split('\n');
	const body = lines.indexOf('---', 1) + 1;
	const at = lines.findIndex((l, i) => i > body && l.trim() !== '' && !l.startsWith('<'));
	lines[at] = `${lines[at]}本条文字为规模测试而改。`;
	writeFileSync(file, lines.join('\n'));
	const rebuildStages = join(out, 'stages-rebuild.jsonl');
	const run = await measure(node, [join(root, 'scripts/build.ts')], { cwd: root, env: buildEnv(rebuildStages) });
	failIfBroken('the rebuild after one edit', run);
	await discarded(site);
	rebuild = { run, stages: stagesOf(run, readStages(rebuildStages)), edited };
	console.log(`\nRebuild after editing one clause of ${edited}: ${s(run.end - run.start)} wall, peak ${gb(run.peakBytes)} (${byProcess(run)})`);
	printStages(rebuild.stages);
}

const zip = siteFileSizes(site).find((f) => f.path.endsWith('.zip'));
const ourOutput = folderBytes(site, (p) => !p.endsWith('.zip'));
const ourIndex = folderBytes(site, (p) => p.startsWith('pagefind/') || p.startsWith('search/'));

// 3. Stock Astro + MDX + Pagefind CLI on the same corpus.
let stock: { astro: Measured; pagefind: Measured; output: { bytes: number; files: number }; index: { bytes: number; files: number } } | null = null;
if (withStock) {
	const astro = await measure(node, [astroBin, 'build'], { cwd: stockDir, env: { ...process.env, FORCE_COLOR: '0' } });
	failIfBroken('the stock Astro build', astro);
	const pagefind = await measure(pagefindBin, ['--site', 'dist'], { cwd: stockDir, env: { ...process.env, PATH: `${dirname(node)}:${process.env['PATH']}` } });
	failIfBroken('the stock Pagefind run', pagefind);
	const dist = join(stockDir, 'dist');
	stock = { astro, pagefind, output: folderBytes(dist), index: folderBytes(dist, (p) => p.startsWith('pagefind/')) };
	console.log(
		`\nStock build: astro build ${s(astro.end - astro.start)} (peak ${gb(astro.peakBytes)}), pagefind ${s(pagefind.end - pagefind.start)} (peak ${gb(pagefind.peakBytes)}; ${byProcess(pagefind)})`,
	);
}

// 4. Queries in Chromium.
let ourQueries: QueryTimings | null = null;
let stockQueries: QueryTimings | null = null;
if (withBrowser) {
	const browser = await launchChromium();
	try {
		ourQueries = await ourQueryTimings(browser, site, queries);
		if (stock) stockQueries = await stockQueryTimings(browser, join(stockDir, 'dist'), queries);
	} finally {
		await browser.close();
	}
}

// 5. The report: ours, stock, ratio.
const ourWall = ours.end - ours.start;
const stockWall = stock ? stock.astro.end - stock.astro.start + stock.pagefind.end - stock.pagefind.start : null;
const stockPeak = stock ? Math.max(stock.astro.peakBytes, stock.pagefind.peakBytes) : null;
const rows: [string, number, number | null, (n: number) => string][] = [
	['full build, wall time', ourWall, stockWall, s],
	['full build, peak memory', ours.peakBytes, stockPeak, gb],

	['output size (without the ZIP)', ourOutput.bytes, stock?.output.bytes ?? null, mb],
	['output files (without the ZIP)', ourOutput.files, stock?.output.files ?? null, String],
	['search index size', ourIndex.bytes, stock?.index.bytes ?? null, mb],
	['offline ZIP', zip?.bytes ?? 0, null, mb],
];
if (rebuild) {
	rows.splice(
		2,
		0,
		['rebuild after one edit, wall time', rebuild.run.end - rebuild.run.start, stockWall, s],
		['rebuild after one edit, peak memory', rebuild.run.peakBytes, stockPeak, gb],
	);
}
if (ourQueries) {
	rows.push(
		['search page + first query, bytes (gzip)', ourQueries.firstQueryBytes, stockQueries?.firstQueryBytes ?? null, kb],
		['first query, typing to results', ourQueries.firstQueryMs, stockQueries?.firstQueryMs ?? null, (n) => `${n.toFixed(0)} ms`],
		[`warm query p50 (${ourQueries.warmQueries} queries)`, ourQueries.warmP50, stockQueries?.warmP50 ?? null, (n) => `${n.toFixed(0)} ms`],
		['warm query p95', ourQueries.warmP95, stockQueries?.warmP95 ?? null, (n) => `${n.toFixed(0)} ms`],
	);
}
console.log(`\n${'measure'.padEnd(40)} ${'ours'.padStart(12)} ${'stock'.padStart(12)} ${'ours/stock'.padStart(11)}`);
for (const [name, ourValue, stockValue, format] of rows) {
	const ratio = stockValue ? (ourValue / stockValue).toFixed(2) : '—';
	console.log(`${name.padEnd(40)} ${format(ourValue).padStart(12)} ${(stockValue === null ? '—' : format(stockValue)).padStart(12)} ${ratio.padStart(11)}`);
}
const report = {
	docs,
	clauses,
	machine: { cores: cpus().length, model: cpus()[0]?.model.trim(), memoryGB: Math.round(totalmem() / GiB), node: process.version },
	ours: {
		wallMs: ourWall,
		peakBytes: ours.peakBytes,
		peakByProcess: ours.peakByName,
		stages: Object.fromEntries(stages.filter(([, v]) => v)),
		rebuild: rebuild
			? {
					edited: rebuild.edited,
					wallMs: rebuild.run.end - rebuild.run.start,
					peakBytes: rebuild.run.peakBytes,
					ofFullBuild: (rebuild.run.end - rebuild.run.start) / ourWall,
					stages: Object.fromEntries(rebuild.stages.filter(([, v]) => v)),
				}
			: null,
		output: ourOutput,
		index: ourIndex,
		zipBytes: zip?.bytes ?? 0,
		queries: ourQueries,
	},
	stock: stock
		? {
				wallMs: stockWall,
				peakBytes: stockPeak,
				astroMs: stock.astro.end - stock.astro.start,
				pagefindMs: stock.pagefind.end - stock.pagefind.start,
				output: stock.output,
				index: stock.index,
				queries: stockQueries,
			}
		: null,
};
writeFileSync(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
if (rebuild) console.log(`\nRebuild after one edit: ${(((rebuild.run.end - rebuild.run.start) / ourWall) * 100).toFixed(1)}% of our full build's wall time.`);
console.log(`\nReport written to ${join(out, 'report.json')}; the corpus and both sites are kept in ${out}.`);
