/**
 * Query timings in headless Chromium, for the scale benchmark: the bytes the search page and
 * its first query download together, the first query's time, and the typing-to-results time of warm queries.
 * One function drives this library's search page, one drives stock Pagefind's JavaScript API
 * (search, then the data of the first ten results, as Pagefind's own UI does).
 */
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../lib/serve-static.ts';

export interface QueryTimings {
	/** bytes of the search page and its first query together, from navigation on (what a reader who opens search and types downloads; our page starts loading the engine before the first keystroke) */
	firstQueryBytes: number;
	firstQueryMs: number;
	warmP50: number;
	warmP95: number;
	warmQueries: number;
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** Counts bytes on the wire (headers included) of the page and its workers. */
function countBytes(page: Page): () => number {
	let bytes = 0;
	page.on('requestfinished', (request) => {
		void request.sizes().then((s) => {
			bytes += s.responseBodySize + s.responseHeadersSize;
		});
	});
	return () => bytes;
}

const settle = () => new Promise((r) => setTimeout(r, 250));

async function timeQueries(bytes: () => number, queries: string[], run: (q: string) => Promise<number>): Promise<QueryTimings> {
	await settle();
	const firstQueryMs = await run(queries[0]!);
	await settle();
	const firstQueryBytes = bytes();
	const warm: number[] = [];
	for (const q of queries.slice(1)) warm.push(await run(q));
	warm.sort((a, b) => a - b);
	return { firstQueryBytes, firstQueryMs, warmP50: percentile(warm, 0.5), warmP95: percentile(warm, 0.95), warmQueries: warm.length };
}

/** Types a query into this library's search page as a reader would; resolves with the time from the input to the rendered results. */
export async function typeQuery(page: Page, query: string): Promise<number> {
	await page.fill('#search-query', '');
	await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-results')?.dataset['query'] === '');
	return page.evaluate(
		(q) =>
			new Promise<number>((done) => {
				const input = document.querySelector<HTMLInputElement>('#search-query')!;
				const list = document.querySelector<HTMLElement>('#search-results')!;
				const start = performance.now();
				const observer = new MutationObserver(() => {
					if (list.dataset['state'] === 'done' && list.dataset['query'] === q) {
						observer.disconnect();
						done(performance.now() - start);
					}
				});
				observer.observe(list, { attributes: true });
				input.value = q;
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}),
		query,
	);
}

/** This library's search page: type the query, wait for the results list to say it is done. */
export async function ourQueryTimings(browser: Browser, site: string, queries: string[]): Promise<QueryTimings> {
	const server = await serveStatic(site);
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	try {
		const bytes = countBytes(page);
		await page.goto(`${server.url}search.html`);
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
		return await timeQueries(bytes, queries, (q) => typeQuery(page, q));
	} finally {
		await page.close();
		await server.close();
	}
}

/** Stock Pagefind through its JavaScript API on the stock site's search page. */
export async function stockQueryTimings(browser: Browser, site: string, queries: string[]): Promise<QueryTimings> {
	const server = await serveStatic(site);
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	try {
		const bytes = countBytes(page);
		await page.goto(`${server.url}search/`);
		return await timeQueries(bytes, queries, (q) =>
			page.evaluate(async (query) => {
				const start = performance.now();
				const w = window as unknown as { pagefind?: Promise<{ search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> }> };
				w.pagefind ??= import(new URL('/pagefind/pagefind.js', location.href).href);
				const pagefind = await w.pagefind;
				const found = await pagefind.search(query);
				await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
				return performance.now() - start;
			}, q),
		);
	} finally {
		await page.close();
		await server.close();
	}
}
