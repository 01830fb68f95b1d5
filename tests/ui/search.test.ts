import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fixtureSiteDir } from '../helpers/fixture-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite(fixtureSiteDir());

/** A phone-sized page that records console errors, script errors, dialogs and requests. */
async function open(path: string, width = 390): Promise<{ page: Page; problems: string[]; requests: string[] }> {
	const page = await site.page({ viewport: { width, height: 844 } });
	const problems: string[] = [];
	const requests: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
	page.on('dialog', (d) => {
		problems.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(`${site.url}${path}`);
	return { page, problems, requests };
}

const settled = (page: Page) => page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
const resultIds = (page: Page) => page.locator('#search-results > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['clause']!));
const status = (page: Page) => page.locator('#search-status').textContent();

describe('the search page', () => {
	test('search.html?q=… opens with the query in the box and the results shown', async () => {
		const { page, problems } = await open('search.html?q=%E6%8E%A8%E4%BC%98%E5%85%A5%E5%85%9A');
		await settled(page);
		expect(await page.inputValue('#search-query')).toBe('推优入党');
		expect((await resultIds(page))[0]).toBe('cp-tyrd');
		expect(problems).toEqual([]);
	});

	test('a result shows document, number and title, an excerpt with the words marked, and topics; it links to the clause', async () => {
		const { page } = await open('search.html?q=团青比');
		await settled(page);
		const first = page.locator('#search-results > li').first();
		expect(await first.locator('.result-document').textContent()).toBe('《某市进一步加强党建带团建工作的实施方案》 时效性不详');
		expect(await first.locator('h2').textContent()).toBe('二、7 优化团员队伍结构');
		expect(await first.locator('.result-excerpt mark').first().textContent()).toBe('团青比');
		expect(await first.locator('.topics').textContent()).toContain('团员发展与教育');
		expect(await first.locator('h2 a').getAttribute('href')).toBe(`documents/city-plan.html?hl=${encodeURIComponent('团青比')}#cp-tqb7`);
	});

	test('arriving at the clause from a result marks the searched words there', async () => {
		const { page, problems } = await open('search.html?q=团青比');
		await settled(page);
		await page.locator('#search-results > li h2 a').first().click();
		await page.waitForSelector('#cp-tqb7 mark');
		expect(await page.locator('#cp-tqb7 mark').first().textContent()).toBe('团青比');
		expect(await page.locator('main mark').count()).toBe(await page.locator('#cp-tqb7 mark').count());
		expect(problems).toEqual([]);
	});

	test('results follow typing, and the URL follows the query', async () => {
		const { page } = await open('search.html');
		await page.locator('#search-query').pressSequentially('团青比', { delay: 30 });
		await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-results')?.dataset['query'] === '团青比');
		expect((await resultIds(page))[0]).toBe('cp-tqb7');
		expect(new URL(page.url()).searchParams.get('q')).toBe('团青比');
	});

	test('a filter narrows the results and goes into the URL', async () => {
		const { page } = await open('search.html?q=团干部');
		await settled(page);
		const all = (await resultIds(page)).length;
		await page.selectOption('select[name="level"]', '县');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('level') === '县');
		await settled(page);
		const ids = await resultIds(page);
		expect(ids.length).toBeGreaterThan(0);
		expect(ids.length).toBeLessThan(all);
		expect(ids.every((id) => id.startsWith('ct-'))).toBe(true);
	});

	test('filters in the URL are restored into the controls', async () => {
		const { page } = await open('search.html?q=经费&genre=%E5%AE%9E%E6%96%BD%E6%96%B9%E6%A1%88');
		await settled(page);
		expect(await page.inputValue('select[name="genre"]')).toBe('实施方案');
		const ids = await resultIds(page);
		expect(ids.length).toBeGreaterThan(0);
		expect(ids.every((id) => id.startsWith('cp-'))).toBe(true);
	});

	test('a word that occurs nowhere in the library is named, not silently dropped', async () => {
		const { page } = await open('search.html?q=团青比 区块链');
		await settled(page);
		expect(await page.locator('#search-notes').textContent()).toContain('库中没有出现：“区块链”');
		expect((await resultIds(page))[0]).toBe('cp-tqb7');
	});
});

describe('questions, synonyms and punctuation', () => {
	for (const [question, clause] of [
		['团干部出现空缺多久要配齐？', 'cp-gbpb'],
		['乡镇共青团工作经费每年有多少钱', 'cp-jfbz'],
		['联席会议能不能每年开一次', 'cp-lxhy'],
	] as const) {
		test(`${question} lands on the clause that answers it, and no question word is named as missing from the library`, async () => {
			const { page, problems } = await open(`search.html?q=${encodeURIComponent(question)}`);
			await settled(page);
			expect((await resultIds(page))[0]).toBe(clause);
			expect(await page.locator('#search-notes .absent').count()).toBe(0);
			expect(problems).toEqual([]);
		});
	}

	test('only question words ask for the matter in question', async () => {
		const { page } = await open(`search.html?q=${encodeURIComponent('多久？')}`);
		await settled(page);
		expect(await status(page)).toContain('请写出要问的事情');
		expect(await page.locator('#search-notes .absent').count()).toBe(0);
	});

	test('a word the texts do not use finds clauses by its synonym, and a result says which wording matched', async () => {
		const { page } = await open(`search.html?q=${encodeURIComponent('团干部缺额')}`);
		await settled(page);
		const first = page.locator('#search-results > li').first();
		expect(['cp-gbpb', 'ct-gbpb']).toContain(await first.getAttribute('data-clause'));
		expect(await first.locator('.via').textContent()).toBe('按 空缺 匹配');
		expect(await first.locator('.result-excerpt mark').allTextContents()).toContain('空缺');
		expect(await page.locator('#search-notes .absent').count()).toBe(0);
	});

	test('a term printed with quotation marks inside is found typed whole, and marked as printed in the result and in the clause', async () => {
		const { page, problems } = await open(`search.html?q=${encodeURIComponent('三会一课制度')}`);
		await settled(page);
		const first = page.locator('#search-results > li').first();
		expect(await first.getAttribute('data-clause')).toBe('sc-shyk');
		expect(await first.locator('.result-excerpt mark').first().textContent()).toBe('“三会一课”制度');
		await first.locator('h2 a').click();
		await page.waitForSelector('#sc-shyk mark');
		// the clause's title (落实组织生活制度) is marked too; the term is marked whole, as printed
		expect(await page.locator('#sc-shyk .clause-text mark').allTextContents()).toEqual(['“三会一课”制度']);
		expect(problems).toEqual([]);
	});
});

describe('search from every page', () => {
	test('"/" focuses the search box and the box searches', async () => {
		const { page, problems } = await open('documents/school-summary.html');
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		await page.keyboard.type('三严三实');
		await page.keyboard.press('Enter');
		await page.waitForURL(/search\.html\?q=/);
		await settled(page);
		expect((await resultIds(page))[0]).toBe('sc-sysh');
		expect(problems).toEqual([]);
	});

	test('no page downloads search code before the reader searches', async () => {
		for (const path of ['index.html', 'documents/city-plan.html', 'topics/funding.html', 'cited.html']) {
			const { page, requests } = await open(path);
			await page.waitForLoadState('networkidle');
			expect(
				requests.filter((u) => /search\/|pagefind/.test(u)),
				path,
			).toEqual([]);
		}
	});
});

describe('bad input in the search box and in ?q=', () => {
	test('an empty query asks for words', async () => {
		const { page, problems } = await open('search.html?q=');
		await settled(page);
		expect(await status(page)).toContain('输入词语查找条款');
		expect(problems).toEqual([]);
	});

	test('only spaces or punctuation says there is nothing to search for', async () => {
		const { page, problems } = await open(`search.html?q=${encodeURIComponent('  ，。！？…  ')}`);
		await settled(page);
		expect(await status(page)).toContain('没有可以查找的文字');
		expect(problems).toEqual([]);
	});

	test('a 2,000-character query is cut and says so', async () => {
		const { page, problems } = await open('search.html');
		await page.fill('#search-query', '团干部配备'.repeat(400));
		await settled(page);
		await page.waitForFunction(() => (document.querySelector<HTMLElement>('#search-results')?.dataset['query'] ?? '').length === 2000);
		expect(await page.locator('#search-notes').textContent()).toContain('查询太长');
		expect(await resultIds(page)).not.toEqual([]);
		expect(problems).toEqual([]);
	});

	for (const attack of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>']) {
		test(`${attack} in ?q= and typed runs nothing and leaves the page intact`, async () => {
			const { page, problems } = await open(`search.html?q=${encodeURIComponent(attack)}`);
			await settled(page);
			await page.fill('#search-query', attack);
			await page.waitForFunction((a) => document.querySelector<HTMLElement>('#search-results')?.dataset['query'] === a, attack);
			expect(await page.inputValue('#search-query')).toBe(attack);
			expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
			expect(await page.locator('h1').textContent()).toBe('搜索条款');
			expect(problems).toEqual([]);
		});
	}

	test('emoji alone gets a helpful message', async () => {
		const { page, problems } = await open(`search.html?q=${encodeURIComponent('🎉👍')}`);
		await settled(page);
		expect(await status(page)).toContain('没有可以查找的文字');
		expect(problems).toEqual([]);
	});

	test('Latin words that are not in the library are named', async () => {
		const { page, problems } = await open('search.html?q=budget');
		await settled(page);
		expect(await page.locator('#search-notes').textContent()).toContain('“budget”');
		expect(await status(page)).toContain('没有找到');
		expect(problems).toEqual([]);
	});

	test('full-width digits find the half-width text', async () => {
		const { page } = await open(`search.html?q=${encodeURIComponent('２万元')}`);
		await settled(page);
		expect((await resultIds(page))[0]).toBe('cp-jfbz');
	});
});
