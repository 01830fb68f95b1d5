import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PLACEHOLDER_SITE } from '../../src/utils/links.ts';
import { fixtureSiteDir } from '../helpers/fixture-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite(fixtureSiteDir());
const siteAddress = process.env['SITE_URL'] ?? PLACEHOLDER_SITE;

async function open(path: string): Promise<Page> {
	const page = await site.page({ viewport: { width: 390, height: 844 } });
	await page.goto(`${site.url}${path}`);
	return page;
}

const badgeText = (page: Page, selector: string) => page.locator(`${selector} .validity-badge`).first().textContent();

describe('a document’s validity where readers look', () => {
	test('beside the title: 已废止, 期满失效, 现行有效, and 时效性不详 for a document that says nothing', async () => {
		const cases: [string, string][] = [
			['dues-old', '已废止'],
			['youth-home-interim', '期满失效'],
			['dues-management', '现行有效'],
			['city-plan', '时效性不详'],
		];
		for (const [slug, label] of cases) {
			const page = await open(`documents/${slug}.html`);
			expect(await badgeText(page, '.title-validity')).toBe(label);
			await page.close();
		}
	});

	test('the metadata panel gives the reason, the date a lapsed document ran out, and links successor and replaced', async () => {
		const lapsed = await open('documents/youth-home-interim.html');
		expect(await lapsed.locator('.meta-panel .validity dd').innerText()).toContain('有效期至2020年12月31日，已届满');
		const repealed = await open('documents/dues-old.html');
		await repealed.locator('.meta-panel .validity .successor a').click();
		await repealed.waitForURL(/documents\/dues-management\.html$/);
		expect(await repealed.locator('.meta-panel .validity .replaced').innerText()).toBe('本文件取代：《某市团委关于团费收缴的办法》');
		const unknown = await open('documents/city-plan.html');
		expect(await unknown.locator('.meta-panel .validity dd').innerText()).toContain('依据：来源未载明');
	});

	test('on the home page and the topic page', async () => {
		const home = await open('index.html');
		expect(await home.locator('.document-list li', { hasText: '某市团委关于团费收缴的办法' }).locator('.validity-badge').textContent()).toBe('已废止');
		const topic = await open('topics/funding.html');
		expect(await badgeText(topic, '#doc-dues-old')).toBe('已废止');
	});

	test('in search results, and the 时效性 filter keeps only documents of that status', async () => {
		const page = await open('search.html?q=团费');
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
		const first = page.locator('#search-results > li', { hasText: '某市团委关于团费收缴的办法' }).first();
		expect(await first.locator('.validity-badge').textContent()).toBe('已废止');
		await page.selectOption('select[name="status"]', '现行有效');
		await page.waitForURL(/status=/);
		await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
		const ids = await page.locator('#search-results > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['clause']!));
		// Only the successor is 现行有效: its clauses stay, the repealed measure's are gone.
		expect(ids[0]).toBe('dm-s1');
		expect(ids.filter((id) => !id.startsWith('dm-'))).toEqual([]);
	});
});

describe('the compare page of a repealed document and its successor', () => {
	test('is linked from both documents, and marks the changed words inside each clause', async () => {
		const page = await open('documents/dues-management.html');
		await page.locator('.meta-panel .compare-link a').click();
		await page.waitForURL(/compare\/dues-old--dues-management\.html$/);
		expect(await page.locator('.compare-summary').textContent()).toBe('修改 2 条，移动 1 条，新增 1 条，删除 1 条，未变 0 条。');
		const changed = page.locator('.compare-row[data-kind="changed"]').nth(1);
		expect(await changed.locator('del').allTextContents()).toEqual(['时']);
		expect(await changed.locator('ins').allTextContents()).toEqual(['月', '上级团委']);
		expect(await page.locator('.compare-row[data-kind="removed"] del').textContent()).toBe('遗失收据的，由团支部出具证明。');
		await page.locator('.compare-row[data-kind="added"] .compare-head a').click();
		await page.waitForURL(/documents\/dues-management\.html#dm-s4$/);
		const old = await open('documents/dues-old.html');
		expect(await old.locator('.meta-panel .compare-link a').getAttribute('href')).toBe('../compare/dues-old--dues-management.html');
	});
});

describe('the citation of a clause not in force says so', () => {
	let page: Page;
	beforeAll(async () => {
		const context = await site.context({ permissions: ['clipboard-read', 'clipboard-write'] });
		page = await context.newPage();
		await page.goto(`${site.url}documents/dues-old.html`);
	});
	afterAll(() => page.context().close());

	test('复制引用 of a repealed clause', async () => {
		await page.locator('#df-s1 > .clause-head .cite-menu summary').click();
		await page.locator('#df-s1 > .clause-head [data-copy="cite"]').click();
		await page.waitForFunction(() => (document.querySelector('#df-s1 > .clause-head .copy-status')?.textContent ?? '').startsWith('已复制'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`《某市团委关于团费收缴的办法》一、（某市团委，2016年）〔已废止〕。${siteAddress}c/df-s1.html（2016年版：${siteAddress}documents/dues-old/2016.html#df-s1）`,
		);
	});
});
