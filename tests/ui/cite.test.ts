import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PLACEHOLDER_SITE } from '../../src/utils/links.ts';
import { fixtureSiteDir } from '../helpers/fixture-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const dir = fixtureSiteDir();
const siteAddress = process.env['SITE_URL'] ?? PLACEHOLDER_SITE;
const site = useServedSite(dir, { prefix: '/policy/' });
const citation = '《某市进一步加强党建带团建工作的实施方案》四、16 配齐配强团干部';
// The fixture plan says nothing of its validity, so the citation warns that it is not known.
const source = '（中共某市委组织部、共青团某市委，约2023年3月10日）〔时效性不详：来源未载明〕';

/** A fresh browser profile in which the configured site address serves this build. */
async function freshBrowser(): Promise<BrowserContext> {
	const context = await site.context({ viewport: { width: 390, height: 844 } });
	await context.route(`${siteAddress}**`, async (route) => {
		const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(new URL(siteAddress).pathname.length)) || 'index.html';
		const file = join(dir, path);
		if (existsSync(file)) await route.fulfill({ path: file });
		else await route.fulfill({ status: 404, path: join(dir, '404.html') });
	});
	return context;
}

async function copyFrom(page: Page, clauseId: string, kind: 'link' | 'pinned' | 'cite' | 'md'): Promise<string> {
	await page.locator(`#${clauseId} > .clause-head .cite-menu summary`).click();
	await page.locator(`#${clauseId} > .clause-head [data-copy="${kind}"]`).click();
	await page.waitForFunction((id) => (document.querySelector(`#${id} > .clause-head .copy-status`)?.textContent ?? '').startsWith('已复制'), clauseId);
	return page.evaluate(() => navigator.clipboard.readText());
}

describe('copy controls on every clause', () => {
	let page: Page;
	beforeAll(async () => {
		const context = await site.context({ permissions: ['clipboard-read', 'clipboard-write'] });
		page = await context.newPage();
		await page.goto(`${site.url}documents/city-plan.html`);
	});
	afterAll(() => page.context().close());

	test('复制链接 copies the short permalink on the site address', async () => {
		expect(await copyFrom(page, 'cp-gbpb', 'link')).toBe(`${siteAddress}c/cp-gbpb.html`);
	});

	const pinned = `${siteAddress}documents/city-plan/2023-03-10.html#cp-gbpb`;

	test('复制引用 copies the citation as cadres write it, with the permalink and the version-pinned link', async () => {
		expect(await copyFrom(page, 'cp-gbpb', 'cite')).toBe(`${citation}${source}。${siteAddress}c/cp-gbpb.html（约2023年3月10日版：${pinned}）`);
	});

	test('Markdown form', async () => {
		expect(await copyFrom(page, 'cp-gbpb', 'md')).toBe(
			`《某市进一步加强党建带团建工作的实施方案》[四、16 配齐配强团干部](${siteAddress}c/cp-gbpb.html)${source}（[约2023年3月10日版](${pinned})）`,
		);
	});

	test('复制固定版本链接 copies the link that keeps the words of this version, and it lands on the clause', async () => {
		expect(await copyFrom(page, 'cp-gbpb', 'pinned')).toBe(pinned);
		const reader = await page.context().newPage();
		await reader.goto(`${site.url}documents/city-plan/2023-03-10.html#cp-gbpb`);
		await reader.waitForURL(/documents\/city-plan\.html#cp-gbpb$/);
		expect(await reader.locator('#cp-gbpb .clause-title').textContent()).toBe('配齐配强团干部');
		await reader.close();
	});

	test('the controls work from the keyboard and confirm visibly', async () => {
		await page.locator('#cp-tyrd > .clause-head .cite-menu summary').focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('#cp-tyrd > .clause-head .copy-status')?.textContent === '已复制链接');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteAddress}c/cp-tyrd.html`);
	});

	test('a menu gets its buttons when first opened, once; the version-pinned link only where the version has one', async () => {
		const labels = (p: Page, id: string) => p.locator(`#${id} > .clause-head .cite-actions button`).allTextContents();
		const open = (p: Page, id: string) => p.locator(`#${id} > .clause-head .cite-menu summary`).click();
		expect(await labels(page, 'cp-yjgz')).toEqual([]);
		await open(page, 'cp-yjgz');
		await open(page, 'cp-yjgz');
		await open(page, 'cp-yjgz');
		expect(await labels(page, 'cp-yjgz')).toEqual(['复制链接', '复制固定版本链接', '复制引用', '复制 Markdown', '加入课程引用包']);
		expect(await page.locator('#cp-yjgz > .clause-head [data-pack-add]').getAttribute('data-pack-add')).toBe('cp-yjgz');

		// The school summary's date is not known, so it has no version-pinned link.
		const undated = await page.context().newPage();
		await undated.goto(`${site.url}documents/school-summary.html`);
		const first = (await undated.locator('section.clause').first().getAttribute('id'))!;
		await open(undated, first);
		expect(await labels(undated, first)).toEqual(['复制链接', '复制引用', '复制 Markdown', '加入课程引用包']);
		await undated.close();
	});

	test('a link made from a text selection marks that phrase', async () => {
		await page.evaluate(() => {
			const p = document.querySelector('#cp-gbpb .clause-text')!;
			const text = p.firstChild!;
			const at = text.textContent!.indexOf('3个月内配齐');
			const range = document.createRange();
			range.setStart(text, at);
			range.setEnd(text, at + '3个月内配齐'.length);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		});
		await page.locator('#cp-gbpb > .clause-head .cite-menu summary').click();
		await page.locator('#cp-gbpb > .clause-head [data-copy="link"]').click();
		await page.waitForFunction(() => document.querySelector('#cp-gbpb > .clause-head .copy-status')?.textContent.includes('标出所选文字'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteAddress}c/cp-gbpb.html?hl=${encodeURIComponent('3个月内配齐')}`);
	});
});

describe('short permalinks', () => {
	test('a citation’s link opened in a fresh browser lands on the clause, with a marked phrase', async () => {
		const page = await (await freshBrowser()).newPage();
		await page.goto(`${siteAddress}c/cp-gbpb.html?hl=${encodeURIComponent('3个月内配齐')}`);
		await page.waitForURL(/documents\/city-plan\.html\?hl=.*#cp-gbpb$/);
		await page.waitForSelector('#cp-gbpb mark');
		expect(await page.locator('#cp-gbpb mark').first().textContent()).toBe('3个月内配齐');
	});

	test('work on a server under a sub-path', async () => {
		const page = await site.page();
		await page.goto(`${site.url}c/ct-gbpb.html`);
		await page.waitForURL(/\/policy\/documents\/county-report\.html#ct-gbpb$/);
		expect(await page.locator('#ct-gbpb .clause-title').textContent()).toBe('及时补齐空缺团干部');
	});

	test('work from disk', async () => {
		const page = await site.page();
		await page.goto(pathToFileURL(join(dir, 'c/sc-shyk.html')).href);
		await page.waitForURL(/documents\/school-summary\.html#sc-shyk$/);
		expect(await page.locator('#sc-shyk .clause-text').first().textContent()).toContain('三会一课');
	});

	test('work without JavaScript', async () => {
		const page = await site.page({ javaScriptEnabled: false });
		await page.goto(`${site.url}c/cp-jfbz.html`);
		await page.waitForURL(/documents\/city-plan\.html#cp-jfbz$/);
	});

	test('an earlier id of a clause (an alias) lands on the clause under its new id', async () => {
		const page = await site.page();
		await page.goto(`${site.url}c/cp-gb16.html`);
		await page.waitForURL(/documents\/city-plan\.html#cp-gbpb$/);
		expect(await page.locator('#cp-gbpb .clause-title').first().textContent()).toBe('配齐配强团干部');
	});

	test('a removed clause’s link says it was removed and leads to its successor', async () => {
		const page = await site.page();
		await page.goto(`${site.url}c/cp-gone.html`);
		expect(await page.locator('main').textContent()).toContain('此条款已删除');
		await page.locator('main a[href$="city-plan.html#cp-gbpb"]').click();
		await page.waitForURL(/documents\/city-plan\.html#cp-gbpb$/);
	});
});

describe('an unknown short link', () => {
	test('shows the not-found page with search, and its links work from that depth', async () => {
		const page = await site.page();
		const response = await page.goto(`${site.url}c/cp-zzzz.html`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
		await page.fill('#not-found-q', '团青比');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/policy\/search\.html\?q=/);
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
		expect(await page.locator('#search-results > li').first().getAttribute('data-clause')).toBe('cp-tqb7');
	});
});
