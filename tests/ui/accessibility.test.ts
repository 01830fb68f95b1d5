import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/built-site.ts';
import { fixtureSiteDir } from '../helpers/fixture-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const pageTypes = [
	['home', 'index.html'],
	['document', 'documents/city-plan.html'],
	['topic', 'topics/member-development.html'],
	['search', 'search.html?q=团干部 配备'],
	['cited documents', 'cited.html'],
	['404', '404.html'],
	['course pack', 'pack.html#v=1&t=%E7%AC%AC%E4%B8%89%E8%AE%B2&i=cp-gbpb~%E9%87%8D%E7%82%B9&i=ct-xbjh'],
] as const;

const dir = fixtureSiteDir();
const site = useServedSite(dir);

async function openPage(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
	const page = await site.page({ viewport: { width: options.width ?? 390, height: 844 }, colorScheme: options.colorScheme ?? 'light' });
	await page.goto(`${site.url}${path}`);
	if (path.startsWith('search.html')) await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
	if (path.startsWith('pack.html')) await page.waitForSelector('#pack[data-state="ready"]', { state: 'attached' });
	return page;
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
	test.each(pageTypes)('axe finds no serious or critical violation on the %s page', async (_, path) => {
		const page = await openPage(path, { colorScheme });
		await page.addScriptTag({ path: axePath });
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run();
			return result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map(
					(v) =>
						`${v.id} (${v.impact}): ${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join(' | ')}`,
				);
		});
		expect(violations).toEqual([]);
	});
});

describe('structure', () => {
	test('every page has one h1, headings that do not skip levels, landmarks and a skip link', async () => {
		// Short links (c/…) only forward to their clause; every reading page is checked.
		for (const path of [...builtPages(dir).keys()].filter((p) => !p.startsWith('c/'))) {
			const page = await openPage(path);
			const facts = await page.evaluate(() => {
				const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
				const skips = levels.filter((l, i) => i > 0 && l > levels[i - 1]! + 1);
				return {
					h1: levels.filter((l) => l === 1).length,
					first: levels[0],
					skips,
					main: document.querySelectorAll('main').length,
					header: document.querySelectorAll('header').length,
					skip: document.querySelector('a.skip-link')?.getAttribute('href'),
				};
			});
			expect(facts, path).toEqual({ h1: 1, first: 1, skips: [], main: 1, header: 1, skip: '#main' });
			await page.close();
		}
	});
});

describe('on a phone', () => {
	test('no page scrolls sideways at 360 px', async () => {
		const wide: string[] = [];
		for (const path of [...[...builtPages(dir).keys()].filter((p) => !p.startsWith('c/')), 'search.html?q=团干部 配备']) {
			const page = await openPage(path, { width: 360 });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
			await page.close();
		}
		expect(wide).toEqual([]);
	});

	test('body text is at least 16 px with generous line height', async () => {
		const page = await openPage('documents/city-plan.html', { width: 360 });
		const { size, lineHeight } = await page
			.locator('.clause-text')
			.first()
			.evaluate((el) => {
				const s = getComputedStyle(el);
				return { size: Number.parseFloat(s.fontSize), lineHeight: Number.parseFloat(s.lineHeight) };
			});
		expect(size).toBeGreaterThanOrEqual(16);
		expect(lineHeight / size).toBeGreaterThanOrEqual(1.7);
	});
});

describe('the theme', () => {
	test('follows the system, and the toggle remembers the reader’s choice without a flash on the next page', async () => {
		const page = await site.page({ colorScheme: 'light' });
		await page.goto(`${site.url}index.html`);
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(await background()).toBe('rgb(255, 255, 255)');
		await page.click('#theme-toggle');
		expect(await page.getAttribute('#theme-toggle', 'aria-pressed')).toBe('true');
		expect(await background()).toBe('rgb(21, 24, 28)');
		// On the next page the theme is set by the head script, before the body is drawn.
		await page.goto(`${site.url}documents/school-summary.html`, { waitUntil: 'commit' });
		await page.waitForSelector('body', { state: 'attached' });
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
		expect(await background()).toBe('rgb(21, 24, 28)');
	});

	test('a dark system gets the dark theme without any choice', async () => {
		const page = await openPage('index.html', { colorScheme: 'dark' });
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 24, 28)');
	});
});
