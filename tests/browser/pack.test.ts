import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';
import { PLACEHOLDER_SITE } from '../../src/utils/links.ts';
import { distDir } from '../helpers/built-site.ts';

const site = process.env['SITE_URL'] ?? PLACEHOLDER_SITE;
const served = useServedSite();

const ready = (page: Page) => page.waitForSelector('#pack[data-state="ready"]', { state: 'attached' });
const itemIds = (page: Page) => page.locator('#pack-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['clause']!));

describe('a course pack', () => {
	let context: BrowserContext;
	let page: Page;
	let shared = '';

	beforeAll(async () => {
		context = await served.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	test('collects clauses from a document, a topic page and search results', async () => {
		await page.goto(`${served.url}documents/jinchang-dangjian-daituanjian-plan.html`);
		for (const id of ['jc-xzjj', 'jc-wmsb']) {
			await page.locator(`#${id} > .clause-head .cite-menu summary`).click();
			await page.locator(`#${id} > .clause-head [data-pack-add]`).click();
			await page.waitForFunction((c) => document.querySelector(`#${c} .copy-status`)?.textContent?.startsWith('已加入'), id);
		}
		await page.goto(`${served.url}topics/organizational-life.html`);
		await page.locator('[data-pack-add="yh-ehbt"]').click();
		await page.waitForFunction(() => [...document.querySelectorAll('.copy-status')].some((s) => s.textContent?.includes('共 3 条')));
		await page.goto(`${served.url}search.html?q=西部计划志愿者`);
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
		await page.locator('#search-results > li[data-clause="fy-8krv"] .pack-add button').click();
		await page.goto(`${served.url}pack.html`);
		await ready(page);
		expect(await itemIds(page)).toEqual(['jc-xzjj', 'jc-wmsb', 'yh-ehbt', 'fy-8krv']);
	});

	test('is titled, ordered and annotated, and shared by a link that rebuilds it in a fresh browser', async () => {
		await page.fill('#pack-title', '团干部培训·第三讲');
		await page.getByRole('button', { name: '下移 四、15 配齐配强各领域团干部' }).click();
		await page.locator('#pack-list > li[data-clause="jc-xzjj"] textarea').fill('重点：3个月内配齐');
		expect(await itemIds(page)).toEqual(['jc-wmsb', 'jc-xzjj', 'yh-ehbt', 'fy-8krv']);
		await page.click('#pack-copy-link');
		shared = await page.evaluate(() => navigator.clipboard.readText());
		expect(shared.startsWith(`${site}pack.html#`)).toBe(true);

		const fresh = await served.browser.newContext();
		const other = await fresh.newPage();
		// The link's address is the site; this build serves it from disk here.
		await other.goto(`${pathToFileURL(join(distDir, 'pack.html')).href}${shared.slice(shared.indexOf('#'))}`);
		await ready(other);
		expect(await itemIds(other)).toEqual(['jc-wmsb', 'jc-xzjj', 'yh-ehbt', 'fy-8krv']);
		expect(await other.inputValue('#pack-title')).toBe('团干部培训·第三讲');
		expect(await other.locator('#pack-list > li[data-clause="jc-xzjj"] textarea').inputValue()).toBe('重点：3个月内配齐');
		await fresh.close();
	});

	test('prints as a handout showing every clause with its citation, short link and QR code', async () => {
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('#pack-list > li .qr').count()).toBe(4);
		expect(await page.locator('.pack-actions').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		const pdf = join(mkdtempSync(join(tmpdir(), 'pack-')), 'handout.pdf');
		await page.pdf({ path: pdf, format: 'A4' });
		const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
		for (const [id, words] of [
			['jc-wmsb', '乡镇、街道共青团工作经费每年不少于2万元'],
			['jc-xzjj', '应当在3个月内配齐'],
			['yh-ehbt', '落实“三会一课”制度'],
			['fy-8krv', '西部计划志愿者'],
		] as const) {
			expect(text, id).toContain(words);
			expect(text, id).toContain(`c/${id}.html`);
		}
		expect(text).toContain('团干部培训·第三讲');
	});

	test('exports Markdown', async () => {
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('#pack-markdown')]);
		const markdown = readFileSync((await download.path())!, 'utf8');
		expect(markdown.startsWith('# 团干部培训·第三讲\n')).toBe(true);
		expect(markdown).toContain('## 2. 《金昌市进一步加强党建带团建工作的实施方案》四、15 配齐配强各领域团干部');
		expect(markdown).toContain('备注：重点：3个月内配齐');
	});

	test('a damaged or truncated link says what it could not read and keeps the rest', async () => {
		const fresh = await served.browser.newContext();
		const other = await fresh.newPage();
		const cut = shared.slice(shared.indexOf('#'), shared.indexOf('fy-8krv') + 3);
		await other.goto(`${served.url}pack.html${cut}`);
		await ready(other);
		expect(await itemIds(other)).toEqual(['jc-wmsb', 'jc-xzjj', 'yh-ehbt']);
		expect(await other.locator('#pack-notes').textContent()).toContain('第 4 项“fy-”不是有效的条款编号');
		await fresh.close();
	});
});
