import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { builtFiles, builtPages } from '../helpers/built-site.ts';
import { fixtureSiteDir } from '../helpers/fixture-site.ts';
import { useBrowser } from '../helpers/served-site.ts';

const distDir = fixtureSiteDir();
const pages = builtPages(distDir);
const otherFiles = builtFiles(distDir);
const ids = new Map(
	[...pages].map(([file, html]) => [
		file,
		new Set(
			parse(html)
				.querySelectorAll('[id]')
				.map((e) => e.id),
		),
	]),
);
const site = useBrowser();

/** Queries of every kind the ranking tells apart, with the clause each finds first (the same from disk and served). */
const queries: [string, string][] = [
	['推优入党', 'cp-tyrd'],
	['团青比', 'cp-tqb7'],
	['３个月内配齐', 'cp-gbpb'],
	['团干部 培训', 'ct-gbpx'],
	['青年之家 活动', 'cp-qnzj'],
	['经费 预算', 'ct-jfys'],
	['西部计划 乡镇', 'ct-xbjh'],
	['三会一课 区块链', 'sc-shyk'],
	['区块链', '(nothing)'],
];

/** A phone-sized context without a service worker: these tests are about pages and links (installed.test.ts is about the worker). */
const phone = () => site.context({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });

/** Opens `url` in a new page of `context`, recording script errors and failed requests. */
async function watched(url: string, context?: BrowserContext): Promise<{ page: Page; problems: string[]; failed: string[] }> {
	const page = await (context ?? (await phone())).newPage();
	const problems: string[] = [];
	const failed: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	page.on('pageerror', (e) => problems.push(e.message));
	// A short link replaces itself with its clause's page: its own aborted load is not a failure.
	page.on('requestfailed', (r) => !(r.url() === url && r.failure()?.errorText === 'net::ERR_ABORTED') && failed.push(r.url()));
	page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
	await page.goto(url);
	return { page, problems, failed };
}

async function firstResults(base: string, queries: string[]): Promise<string[]> {
	const page = await site.page();
	const out: string[] = [];
	for (const q of queries) {
		await page.goto(`${base}search.html?q=${encodeURIComponent(q)}`);
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
		const first = page.locator('#search-results > li').first();
		out.push((await first.count()) > 0 ? ((await first.getAttribute('data-clause')) ?? '(no id)') : '(nothing)');
	}
	return out;
}

/**
 * Every reading page, and the short links of a clause, of an earlier id and of a removed clause
 * (the other short links are the same template).
 */
const crawled = [...pages.keys()].filter((f) => !f.startsWith('c/') || ['c/cp-gbpb.html', 'c/cp-gb16.html', 'c/cp-gone.html'].includes(f));

/** Opens the crawled pages at `base`, checking for errors and that every link lands on a page and anchor of the site. */
async function crawl(base: string): Promise<string[]> {
	const bad: string[] = [];
	const context = await phone();
	for (const file of crawled) {
		const { page, problems, failed } = await watched(`${base}${file}`, context);
		bad.push(...problems.map((p) => `${file}: ${p}`), ...failed.map((f) => `${file}: failed ${f}`));
		const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		for (const href of hrefs) {
			const url = new URL(href);
			if (!url.href.startsWith(base)) {
				bad.push(`${file}: leaves the site: ${href}`);
				continue;
			}
			const target = decodeURIComponent(url.pathname.slice(new URL(base).pathname.length)) || 'index.html';
			if (otherFiles.has(target)) continue;
			if (!pages.has(target)) bad.push(`${file}: ${target.endsWith('/') ? 'folder' : 'missing page'} ${href}`);
			else if (url.hash && !ids.get(target)!.has(decodeURIComponent(url.hash.slice(1)))) bad.push(`${file}: missing fragment ${href}`);
		}
		await page.close();
	}
	return bad;
}

/** Unzips the offline copy offered on the home page, as a reader would, and returns its folder. */
function unzippedCopy(): string {
	const zip = readdirSync(distDir).find((f) => /^policy-clause-library-\d{4}-\d{2}-\d{2}\.zip$/.test(f));
	if (!zip) throw new Error('no dated offline ZIP in the build');
	const into = mkdtempSync(join(tmpdir(), 'unzipped-'));
	for (const [name, data] of Object.entries(unzipSync(readFileSync(join(distDir, zip))))) {
		const path = join(into, name);
		mkdirSync(join(path, '..'), { recursive: true });
		writeFileSync(path, data);
	}
	return join(into, zip.replace(/\.zip$/, ''));
}

describe('read from disk (file://), from the unzipped offline copy', () => {
	const copy = unzippedCopy();
	const base = pathToFileURL(`${copy}/`).href;

	test('the copy is the whole site, and its home page states the ZIP size', () => {
		expect(readFileSync(join(copy, 'index.html'), 'utf8')).toBe(readFileSync(join(distDir, 'index.html'), 'utf8'));
		expect(readFileSync(join(copy, 'index.html'), 'utf8')).toMatch(/下载离线版<\/a>（ZIP，[\d.]+ (?:KB|MB)）/);
	});

	test('the home page says which day the copy was built instead of offering a ZIP that is not in it', async () => {
		const zip = readdirSync(distDir).find((f) => f.endsWith('.zip'))!;
		const built = zip
			.match(/(\d{4})-(\d{2})-(\d{2})\.zip$/)!
			.slice(1)
			.map(Number);
		const { page } = await watched(`${base}index.html`);
		expect(await page.locator('#offline a[download]').count()).toBe(0);
		expect(await page.locator('[data-offline-copy]').innerText()).toBe(`这是 ${built[0]}年${built[1]}月${built[2]}日 生成的离线版，网上可能有更新的版本。`);
		const served = await serveStatic(distDir);
		try {
			const online = await watched(`${served.url}index.html`);
			expect(await online.page.locator('#offline a[download]').getAttribute('href')).toBe(zip);
			expect(await online.page.locator('[data-offline-copy]').isHidden()).toBe(true);
		} finally {
			await served.close();
		}
	});

	test('every page opens without error, and every link lands on a page and anchor, never a folder', async () => {
		expect(await crawl(base)).toEqual([]);
	}, 120_000);

	test('search finds the same first clause as on a server, for queries of every kind', async () => {
		const server = await serveStatic(distDir);
		try {
			const words = queries.map(([q]) => q);
			const [fromDisk, served] = await Promise.all([firstResults(base, words), firstResults(server.url, words)]);
			expect(served).toEqual(queries.map(([, first]) => first));
			expect(fromDisk).toEqual(served);
		} finally {
			await server.close();
		}
	});

	test('a clause permalink opens the clause and the searched words are marked', async () => {
		const { page, problems } = await watched(`${base}documents/city-plan.html?hl=${encodeURIComponent('3个月')}#cp-gbpb`);
		await page.waitForSelector('#cp-gbpb mark');
		expect(await page.locator('#cp-gbpb mark').first().textContent()).toBe('3个月');
		expect(problems).toEqual([]);
	});
});

describe('served under a sub-path', () => {
	test('every page, link and anchor works under /policy/, and search finds the clause', async () => {
		const server = await serveStatic(distDir, { prefix: '/policy/' });
		try {
			expect(await crawl(server.url)).toEqual([]);
			expect(await firstResults(server.url, ['推优入党'])).toEqual(['cp-tyrd']);
		} finally {
			await server.close();
		}
	}, 120_000);
});

describe('a missing or damaged search index', () => {
	function damagedCopy(damage: (dir: string) => void): string {
		const dir = mkdtempSync(join(tmpdir(), 'damaged-'));
		cpSync(distDir, dir, { recursive: true });
		damage(dir);
		return dir;
	}

	for (const [name, damage] of [
		[
			'missing',
			(d: string) => {
				rmSync(join(d, 'pagefind'), { recursive: true });
				rmSync(join(d, 'search/offline-index.js'));
			},
		],
		[
			'corrupt',
			(d: string) => {
				writeFileSync(join(d, 'pagefind/pagefind.js'), 'export const search = 1; throw new Error("x")');
				writeFileSync(join(d, 'search/offline-index.js'), 'window.clauseSearchIndex = {');
			},
		],
	] as const) {
		test(`${name}: the search page says search is unavailable, and documents still read`, async () => {
			const dir = damagedCopy(damage);
			const server = await serveStatic(dir);
			try {
				const { page } = await watched(`${server.url}search.html?q=推优入党`);
				await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
				expect(await page.locator('#search-status').textContent()).toContain('搜索暂时不可用');
				expect(await page.locator('h1').textContent()).toBe('搜索条款');
				const doc = await watched(`${server.url}documents/city-plan.html`);
				expect(doc.problems).toEqual([]);
				expect(await doc.page.locator('#cp-gbpb .clause-text').first().textContent()).toContain('3个月内配齐');
			} finally {
				await server.close();
			}
		});
	}
});
