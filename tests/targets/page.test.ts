/**
 * The targets page in Chromium, on the real build: it fits a phone without sideways scrolling,
 * prints as a checklist without its controls, and its filters narrow the table and keep the
 * choice in the address, served and opened from disk alike.
 */
import { describe, expect, test } from 'vitest';
import { distDir } from '../helpers/built-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite(distDir);

/** How many rows are shown. */
const shown = () => [...document.querySelectorAll<HTMLElement>('.target-row')].filter((r) => !r.hidden && r.offsetParent !== null).length;

describe('the targets page in a browser', () => {
	for (const width of [360, 390, 1280]) {
		test(`does not scroll sideways at ${width} px`, async () => {
			const page = await site.page({ viewport: { width, height: 800 } });
			await page.goto(`${site.url}targets.html`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
		});
	}

	test('prints every requirement, without the filters', async () => {
		const page = await site.page();
		await page.goto(`${site.url}targets.html`);
		const total = await page.locator('.target-row').count();
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.targets-filter').isVisible()).toBe(false);
		expect(await page.evaluate(shown)).toBe(total);
	});

	test('narrows the table by topic and keeps the choice in the address', async () => {
		const page = await site.page();
		await page.goto(`${site.url}targets.html`);
		const total = await page.locator('.target-row').count();
		await page.selectOption('select[name=topic]', 'funding');
		const funding = await page.evaluate(shown);
		expect(funding).toBeGreaterThan(0);
		expect(funding).toBeLessThan(total);
		expect(new URL(page.url()).searchParams.get('topic')).toBe('funding');
		expect(await page.locator('.targets-count').textContent()).toBe(`显示 ${funding} 项，共 ${total} 项`);
		await page.click('.targets-filter button[type=reset]');
		await expect.poll(() => page.evaluate(shown)).toBe(total);
	});

	test('opens a filtered link with the filter applied', async () => {
		const page = await site.page();
		await page.goto(`${site.url}targets.html?period=${encodeURIComponent('每年')}`);
		expect(await page.locator('select[name=period]').inputValue()).toBe('每年');
		for (const period of await page.locator('.target-row:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['period'])))
			expect(period).toBe('每年');
	});

	test('filters from disk too, with no error', async () => {
		const page = await site.page({ viewport: { width: 390, height: 800 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`file://${distDir.replace(/\/?$/, '/')}targets.html`);
		const total = await page.locator('.target-row').count();
		await page.selectOption('select[name=level]', { index: 1 });
		expect(await page.evaluate(shown)).toBeLessThanOrEqual(total);
		expect(await page.locator('.targets-count').textContent()).toMatch(/共 \d+ 项/);
		expect(errors).toEqual([]);
	});
});
