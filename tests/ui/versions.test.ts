import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fixtureSiteDir } from '../helpers/fixture-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

// The fixture's 某区团委青年志愿服务管理办法: the 2019年5月1日 original and its 2023年9月1日 revision.
const dir = fixtureSiteDir();
const site = useServedSite(dir);
const shots = new URL('../output/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });
const comparePage = 'compare/volunteer-measures/2019-05-01--2023-09-01.html';

describe('a revised document, as readers see it', () => {
	test('each clause of the latest version says since which version its words stand, and a changed one links its compare row', async () => {
		const page = await site.page();
		await page.goto(`${site.url}documents/volunteer-measures.html`);
		expect(await page.locator('#vm-aim .clause-change').textContent()).toBe('本条自2019年5月1日版以来未改');
		expect(await page.locator('#vm-hrs .clause-change').textContent()).toBe('本条于2023年9月1日版修改 · 对照上一版');
		expect(await page.locator('#vm-trn .clause-change').textContent()).toContain('本条为2023年9月1日版新增');
		await page.locator('#vm-hrs .clause-change a').click();
		await page.waitForURL(/2019-05-01--2023-09-01\.html#vm-hrs$/);
		expect(await page.locator('#vm-hrs del').textContent()).toBe('20');
		expect(await page.locator('#vm-hrs ins').textContent()).toBe('40');
	});

	test('an old link to a clause the revision took out lands on a note that links its words in the earlier version', async () => {
		const page = await site.page();
		await page.goto(`${site.url}documents/volunteer-measures.html#vm-rec`);
		expect(await page.locator('#vm-rec').textContent()).toContain('原五、，2023年9月1日版删去');
		await page.locator('#vm-rec a').first().click();
		await page.waitForURL(/volunteer-measures\/2019-05-01\.html#vm-rec$/);
		expect(await page.locator('#vm-rec .clause-text').textContent()).toBe('志愿服务记录由团支部保管。');
		expect(await page.locator('.version-banner').textContent()).toContain('这是本文件的2019年5月1日版，已被修订');
	});

	test('the earlier version reads from disk too, its pinned link and its compare page included', async () => {
		const page = await site.page();
		await page.goto(pathToFileURL(`${dir}/documents/volunteer-measures/2019-05-01.html`).href);
		expect(await page.locator('#vm-hrs .clause-text').textContent()).toBe('每名志愿者每年服务时间不少于20小时。');
		await page.locator('#vm-hrs .clause-change a').click();
		await page.waitForURL(/2019-05-01--2023-09-01\.html#vm-hrs$/);
		expect(await page.locator('.compare-summary').textContent()).toBe('修改 3 条，移动 1 条，新增 1 条，删除 1 条，未变 1 条。');
	});

	test('the compare page fits a phone and a slide, and marks the changed words', async () => {
		for (const width of [390, 1280]) {
			const page = await site.page({ viewport: { width, height: 900 } });
			await page.goto(`${site.url}${comparePage}`);
			const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
			expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
			expect(await page.locator('.compare-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')))).toEqual([
				'same',
				'moved',
				'changed',
				'changed',
				'added',
				'removed',
				'changed',
			]);
			expect(await page.locator('#vm-reg del').textContent()).toBe('“志愿汇”平台');
			expect(await page.locator('#vm-reg ins').textContent()).toBe('全国志愿服务信息系统');
			await page.screenshot({ path: `${shots}fixture-compare-${width}.png`, fullPage: true });
		}
	});
});
