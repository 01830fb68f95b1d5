/**
 * Search benchmark, in headless Chromium on localhost against the built site (dist/):
 * bytes downloaded by the first query, time from typing to first results, and the median time
 * of warm queries. Prints measured numbers; asserts nothing.
 *
 *   npm run build && npm run bench:search
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { typeQuery } from './bench/browser-queries.ts';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/serve-static.ts';

const dist = resolve(process.env['OUT_DIR'] ?? 'dist');
const golden = (JSON.parse(readFileSync(new URL('../tests/golden/queries.json', import.meta.url), 'utf8')) as { query: string }[]).map((g) => g.query);
const browser = await launchChromium();

interface Sample {
	bytes: number;
	ms: number;
}

/** One run of the benchmark against a server that compresses text files, or one that does not. */
async function run(gzip: boolean): Promise<void> {
	const server = await serveStatic(dist, { gzip });
	try {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		let bytes = 0;
		const files: string[] = [];
		// Playwright reports the requests of the page and of its workers (Pagefind loads its index
		// from a worker); sizes are bytes on the wire, headers included.
		page.on('requestfinished', (request) => {
			files.push(new URL(request.url()).pathname);
			void request.sizes().then((s) => {
				bytes += s.responseBodySize + s.responseHeadersSize;
			});
		});
		const settle = () => new Promise((r) => setTimeout(r, 200));

		await page.goto(`${server.url}search.html`);
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
		await settle();
		const pageBytes = bytes;
		const pageFiles = files.length;

		/** Types a query as a reader would and times it from the last keystroke to the results. */
		const timed = async (query: string): Promise<Sample> => {
			const before = bytes;
			const ms = await typeQuery(page, query);
			await settle();
			return { bytes: bytes - before, ms };
		};

		const first = await timed(golden[0]!);
		const firstFiles = files.slice(pageFiles);
		const warm: number[] = [];
		for (const q of golden.slice(1)) warm.push((await timed(q)).ms);
		warm.sort((a, b) => a - b);
		const median = warm[Math.floor(warm.length / 2)]!;
		const p95 = warm[Math.floor(warm.length * 0.95)]!;
		const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

		console.log(`\n${gzip ? 'Text files gzipped, as static hosts serve them' : 'No HTTP compression at all (worst case)'}:`);
		console.log(`search page before any query:            ${kb(pageBytes)} in ${pageFiles} files`);
		console.log(`first query "${golden[0]}": downloaded     ${kb(first.bytes)} in ${firstFiles.length} files`);
		console.log(`  search page + first query, together:   ${kb(pageBytes + first.bytes)}`);
		console.log(`first query, typing to results:          ${first.ms.toFixed(0)} ms `);
		console.log(`warm queries (${warm.length}), typing to results: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`);
		console.log(`files of the first query: ${firstFiles.map((f) => f.split('/').slice(-2).join('/')).join(', ')}`);
		await page.close();
	} finally {
		await server.close();
	}
}

try {
	console.log(
		`Search benchmark — headless Chromium ${browser.version()}, localhost, ${golden.length} golden queries (${new Date().toISOString().slice(0, 10)})`,
	);
	await run(true);
	await run(false);
} finally {
	await browser.close();
}
