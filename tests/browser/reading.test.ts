import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { distDir } from '../helpers/built-site.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';

const shots = new URL('../output/', import.meta.url).pathname;
const pageTypes = [
	['home', 'index.html'],
	['document', 'documents/jinchang-dangjian-daituanjian-plan.html'],
	['topic', 'topics/cadre-staffing.html'],
	['cited', 'cited.html'],
] as const;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
	mkdirSync(shots, { recursive: true });
	[browser, server] = await Promise.all([launchChromium(), serveStatic(distDir)]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe.each([390, 1280])('reading at %i px', (width) => {
	test.each(pageTypes)('the %s page fits the screen, loads without error and asks no other host', async (name, path) => {
		const page = await browser.newPage({ viewport: { width, height: 900 } });
		const problems: string[] = [];
		page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
		page.on('pageerror', (e) => problems.push(e.message));
		page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && problems.push(`request to ${r.url()}`));
		await page.goto(`${server.url}${path}`);
		const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
		expect(scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(innerWidth);
		await page.screenshot({ path: `${shots}${name}-${width}.png`, fullPage: false });
		expect(problems).toEqual([]);
		await page.close();
	});
});

describe('a clause link', () => {
	test('opens the document at the clause', async () => {
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await page.goto(`${server.url}documents/jinchang-dangjian-daituanjian-plan.html#jc-xzjj`);
		const top = await page.locator('#jc-xzjj').evaluate((el) => el.getBoundingClientRect().top);
		expect(Math.abs(top)).toBeLessThan(40);
		expect(await page.locator('#jc-xzjj .clause-title').first().textContent()).toBe('配齐配强各领域团干部');
		await page.close();
	});

	test('from a topic page lands on the clause in its document', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.url}topics/funding.html`);
		await page.locator('.topic-clause h3 a').first().click();
		await page.waitForLoadState('load');
		const id = new URL(page.url()).hash.slice(1);
		expect(id).not.toBe('');
		expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
		await page.close();
	});
});
