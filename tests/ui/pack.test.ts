import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PLACEHOLDER_SITE } from '../../src/utils/links.ts';
import { fixtureSiteDir } from '../helpers/fixture-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const dir = fixtureSiteDir();
const site = process.env['SITE_URL'] ?? PLACEHOLDER_SITE;
const served = useServedSite(dir);

const ready = (page: Page) => page.waitForSelector('#pack[data-state="ready"]', { state: 'attached' });
const itemIds = (page: Page) => page.locator('#pack-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['clause']!));

describe('a course pack', () => {
	let page: Page;
	let shared = '';

	beforeAll(async () => {
		page = await served.page({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } });
	});
	afterAll(() => page.context().close());

	test('collects clauses from a document, a topic page and search results', async () => {
		await page.goto(`${served.url}documents/city-plan.html`);
		for (const id of ['cp-gbpb', 'cp-jfbz']) {
			await page.locator(`#${id} > .clause-head .cite-menu summary`).click();
			await page.locator(`#${id} > .clause-head [data-pack-add]`).click();
			await page.waitForFunction((c) => document.querySelector(`#${c} .copy-status`)?.textContent.startsWith('已加入'), id);
		}
		await page.goto(`${served.url}topics/organizational-life.html`);
		await page.locator('[data-pack-add="sc-shyk"]').click();
		await page.waitForFunction(() => [...document.querySelectorAll('.copy-status')].some((s) => s.textContent.includes('共 3 条')));
		await page.goto(`${served.url}search.html?q=西部计划志愿者`);
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
		await page.locator('#search-results > li[data-clause="ct-xbjh"] .pack-add button').click();
		await page.goto(`${served.url}pack.html`);
		await ready(page);
		expect(await itemIds(page)).toEqual(['cp-gbpb', 'cp-jfbz', 'sc-shyk', 'ct-xbjh']);
	});

	test('is titled, ordered and annotated, and shared by a link that rebuilds it in a fresh browser', async () => {
		await page.fill('#pack-title', '团干部培训·第三讲');
		await page.getByRole('button', { name: '下移 四、16 配齐配强团干部' }).click();
		await page.locator('#pack-list > li[data-clause="cp-gbpb"] textarea').fill('重点：3个月内配齐');
		expect(await itemIds(page)).toEqual(['cp-jfbz', 'cp-gbpb', 'sc-shyk', 'ct-xbjh']);
		await page.click('#pack-copy-link');
		shared = await page.evaluate(() => navigator.clipboard.readText());
		expect(shared.startsWith(`${site}pack.html#`)).toBe(true);

		const other = await served.page();
		// The link's address is the site; this build serves it from disk here.
		await other.goto(`${pathToFileURL(join(dir, 'pack.html')).href}${shared.slice(shared.indexOf('#'))}`);
		await ready(other);
		expect(await itemIds(other)).toEqual(['cp-jfbz', 'cp-gbpb', 'sc-shyk', 'ct-xbjh']);
		expect(await other.inputValue('#pack-title')).toBe('团干部培训·第三讲');
		expect(await other.locator('#pack-list > li[data-clause="cp-gbpb"] textarea').inputValue()).toBe('重点：3个月内配齐');
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
			['cp-jfbz', '共青团工作经费每年不少于2万元'],
			['cp-gbpb', '应当在3个月内配齐'],
			['sc-shyk', '落实“三会一课”制度'],
			['ct-xbjh', '招募西部计划志愿者18名'],
		] as const) {
			expect(text, id).toContain(words);
			expect(text, id).toContain(`c/${id}.html`);
		}
		expect(text).toContain('团干部培训·第三讲');
	});

	test('exports Markdown', async () => {
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('#pack-markdown')]);
		const markdown = readFileSync(await download.path(), 'utf8');
		expect(markdown.startsWith('# 团干部培训·第三讲\n')).toBe(true);
		expect(markdown).toContain('## 2. 《某市进一步加强党建带团建工作的实施方案》四、16 配齐配强团干部');
		expect(markdown).toContain('备注：重点：3个月内配齐');
	});

	test('a damaged or truncated link says what it could not read and keeps the rest', async () => {
		const other = await served.page();
		const cut = shared.slice(shared.indexOf('#'), shared.indexOf('ct-xbjh') + 3);
		await other.goto(`${served.url}pack.html${cut}`);
		await ready(other);
		expect(await itemIds(other)).toEqual(['cp-jfbz', 'cp-gbpb', 'sc-shyk']);
		expect(await other.locator('#pack-notes').textContent()).toContain('第 4 项“ct-”不是有效的条款编号');
	});
});
