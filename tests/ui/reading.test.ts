import { mkdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fixtureSiteDir } from '../helpers/fixture-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const shots = new URL('../output/', import.meta.url).pathname;
const pageTypes = [
	['home', 'index.html'],
	['document', 'documents/city-plan.html'],
	['topic', 'topics/cadre-staffing.html'],
	['cited', 'cited.html'],
] as const;

const site = useServedSite(fixtureSiteDir());
mkdirSync(shots, { recursive: true });

describe.each([390, 1280])('reading at %i px', (width) => {
	test.each(pageTypes)('the %s page fits the screen, loads without error and asks no other host', async (name, path) => {
		const page = await site.page({ viewport: { width, height: 900 } });
		const problems: string[] = [];
		page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
		page.on('pageerror', (e) => problems.push(e.message));
		page.on('request', (r) => !r.url().startsWith(site.url) && !r.url().startsWith('data:') && problems.push(`request to ${r.url()}`));
		await page.goto(`${site.url}${path}`);
		const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
		expect(scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(innerWidth);
		await page.screenshot({ path: `${shots}fixture-${name}-${width}.png`, fullPage: false });
		expect(problems).toEqual([]);
	});
});

describe('a clause link', () => {
	test('opens the document at the clause, far down a long document', async () => {
		const page = await site.page({ viewport: { width: 390, height: 844 } });
		await page.goto(`${site.url}documents/city-plan.html#cp-gbpb`);
		expect(await page.evaluate(() => window.scrollY), 'the page scrolled to the clause').toBeGreaterThan(844);
		const top = await page.locator('#cp-gbpb').evaluate((el) => el.getBoundingClientRect().top);
		expect(Math.abs(top)).toBeLessThan(40);
		expect(await page.locator('#cp-gbpb .clause-title').first().textContent()).toBe('配齐配强团干部');
	});

	test('from a topic page lands on the clause in its document', async () => {
		const page = await site.page({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.url}topics/funding.html`);
		await page.locator('.topic-clause h3 a').first().click();
		await page.waitForLoadState('load');
		const id = new URL(page.url()).hash.slice(1);
		expect(id).not.toBe('');
		expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
	});
});

describe('related clauses', () => {
	test('a clause declared to implement another links to it, and the other links back', async () => {
		const page = await site.page();
		await page.goto(`${site.url}documents/county-report.html`);
		expect(await page.locator('#ct-jfys a[href$="city-plan.html#cp-jfbz"]').count()).toBeGreaterThan(0);
		await page.goto(`${site.url}documents/city-plan.html`);
		expect(await page.locator('#cp-jfbz a[href$="county-report.html#ct-jfys"]').count()).toBeGreaterThan(0);
	});

	test('a clause lists the clause of another document with nearly the same words as similar, and the link opens it', async () => {
		const page = await site.page();
		await page.goto(`${site.url}documents/county-report.html`);
		const similar = page.locator('#ct-qnzj details', { hasText: '相似条款' });
		expect(await similar.count(), 'ct-qnzj lists similar clauses').toBe(1);
		await similar.locator('summary').click();
		const links = await similar.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links[0]).toBe('../documents/city-plan.html#cp-qnzj');
		await similar.locator('a').first().click();
		await page.waitForURL(/city-plan\.html#cp-qnzj$/);
		expect(await page.locator('#cp-qnzj .clause-title').first().textContent()).toBe('建好用好青年之家');
	});
});
