import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { PLACEHOLDER_SITE } from '../../src/utils/links.ts';
import { distDir } from '../helpers/built-site.ts';

const site = process.env['SITE_URL'] ?? PLACEHOLDER_SITE;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
	[browser, server] = await Promise.all([launchChromium(), serveStatic(distDir, { prefix: '/policy/' })]);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** A fresh browser profile in which the configured site address serves this build. */
async function freshBrowser(): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	await context.route(`${site}**`, async (route) => {
		const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(new URL(site).pathname.length)) || 'index.html';
		const file = join(distDir, path);
		if (existsSync(file)) await route.fulfill({ path: file });
		else await route.fulfill({ status: 404, path: join(distDir, '404.html') });
	});
	return context;
}

async function copyFrom(page: Page, clauseId: string, kind: 'link' | 'cite' | 'md'): Promise<string> {
	await page.locator(`#${clauseId} > .clause-head .cite-menu summary`).click();
	await page.locator(`#${clauseId} > .clause-head [data-copy="${kind}"]`).click();
	await page.waitForFunction((id) => (document.querySelector(`#${id} > .clause-head .copy-status`)?.textContent ?? '').startsWith('已复制'), clauseId);
	return page.evaluate(() => navigator.clipboard.readText());
}

describe('copy controls on every clause', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		page = await context.newPage();
		await page.goto(`${server.url}documents/jinchang-dangjian-daituanjian-plan.html`);
	});
	afterAll(() => context?.close());

	test('复制链接 copies the short permalink on the site address', async () => {
		expect(await copyFrom(page, 'jc-xzjj', 'link')).toBe(`${site}c/jc-xzjj.html`);
	});

	test('复制引用 copies the citation as cadres write it, with the permalink', async () => {
		expect(await copyFrom(page, 'jc-xzjj', 'cite')).toBe(
			`《金昌市进一步加强党建带团建工作的实施方案》四、15 配齐配强各领域团干部（中共金昌市委组织部、共青团金昌市委，约2024年1月15日）。${site}c/jc-xzjj.html`,
		);
	});

	test('Markdown form', async () => {
		expect(await copyFrom(page, 'jc-xzjj', 'md')).toBe(
			`《金昌市进一步加强党建带团建工作的实施方案》[四、15 配齐配强各领域团干部](${site}c/jc-xzjj.html)（中共金昌市委组织部、共青团金昌市委，约2024年1月15日）`,
		);
	});

	test('the controls work from the keyboard and confirm visibly', async () => {
		await page.locator('#jc-ptad > .clause-head .cite-menu summary').focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('#jc-ptad > .clause-head .copy-status')?.textContent === '已复制链接');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}c/jc-ptad.html`);
	});

	test('a link made from a text selection marks that phrase', async () => {
		await page.evaluate(() => {
			const p = document.querySelector('#jc-xzjj .clause-text')!;
			const text = p.firstChild!;
			const at = text.textContent!.indexOf('3个月内配齐');
			const range = document.createRange();
			range.setStart(text, at);
			range.setEnd(text, at + '3个月内配齐'.length);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		});
		await page.locator('#jc-xzjj > .clause-head .cite-menu summary').click();
		await page.locator('#jc-xzjj > .clause-head [data-copy="link"]').click();
		await page.waitForFunction(() => document.querySelector('#jc-xzjj > .clause-head .copy-status')?.textContent?.includes('标出所选文字'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}c/jc-xzjj.html?hl=${encodeURIComponent('3个月内配齐')}`);
	});
});

describe('short permalinks', () => {
	test('a citation’s link opened in a fresh browser lands on the clause, with a marked phrase', async () => {
		const context = await freshBrowser();
		const page = await context.newPage();
		await page.goto(`${site}c/jc-xzjj.html?hl=${encodeURIComponent('3个月内配齐')}`);
		await page.waitForURL(/documents\/jinchang-dangjian-daituanjian-plan\.html\?hl=.*#jc-xzjj$/);
		await page.waitForSelector('#jc-xzjj mark');
		expect(await page.locator('#jc-xzjj mark').first().textContent()).toBe('3个月内配齐');
		await context.close();
	});

	test('work on a server under a sub-path', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}c/fy-8krv.html`);
		await page.waitForURL(/\/policy\/documents\/fuyun-county-league-reform\.html#fy-8krv$/);
		expect(await page.locator('#fy-8krv .clause-title').textContent()).toBe('搭建选人用人“X轴”,扩充团干部力量');
		await page.close();
	});

	test('work from disk', async () => {
		const page = await browser.newPage();
		await page.goto(pathToFileURL(join(distDir, 'c/yh-5x7z.html')).href);
		await page.waitForURL(/documents\/bank-party-committee-liangxue-yizuo\.html#yh-5x7z$/);
		expect(await page.locator('#yh-5x7z .clause-text').first().textContent()).toContain('党费');
		await page.close();
	});

	test('work without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}c/jc-wmsb.html`);
		await page.waitForURL(/documents\/jinchang-dangjian-daituanjian-plan\.html#jc-wmsb$/);
		await context.close();
	});
});

describe('an unknown short link', () => {
	test('shows the not-found page with search, and its links work from that depth', async () => {
		const page = await browser.newPage();
		const response = await page.goto(`${server.url}c/jc-zzzz.html`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
		await page.fill('#not-found-q', '团青比');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/policy\/search\.html\?q=/);
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
		expect(await page.locator('#search-results > li').first().getAttribute('data-clause')).toBe('jc-9es2');
		await page.close();
	});
});
