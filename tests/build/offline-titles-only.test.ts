import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { OFFLINE_TITLES_ONLY_NOTE } from '../../src/search/sources/offline-source.ts';
import { buildSite } from '../helpers/build-site.ts';
import { fixtureLibraryDir } from '../helpers/fixture-library.ts';
import { useBrowser } from '../helpers/served-site.ts';

const browser = useBrowser();
let site: string;

/**
 * A library past the offline index's full-text limit (the limit lowered to 2 clauses so the
 * fixture library crosses it): read from disk, search finds clauses by their titles and the
 * document titles, not by their text, and the results say so.
 */
beforeAll(() => {
	const result = buildSite(fixtureLibraryDir, { env: { OFFLINE_FULL_TEXT_CLAUSES: '2' } });
	if (result.status !== 0) throw new Error(result.output);
	expect(result.output).toContain('offline index titles only');
	site = result.out;
});

async function searchFromDisk(query: string): Promise<{ first: string | null; notes: string }> {
	const page = await browser.page();
	await page.goto(`${pathToFileURL(join(site, 'search.html')).href}?q=${encodeURIComponent(query)}`);
	await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
	const first = await page
		.locator('#search-results > li')
		.first()
		.getAttribute('data-clause', { timeout: 1000 })
		.catch(() => null);
	const notes =
		(await page
			.locator('#search-notes')
			.textContent()
			.catch(() => '')) ?? '';
	return { first, notes };
}

describe('offline search of a library too large for a full-text offline index', () => {
	test('finds a clause by its title, and says that only titles are searched', async () => {
		const { first, notes } = await searchFromDisk('落实经费');
		expect(first).toBe('be-p002');
		expect(notes).toContain(OFFLINE_TITLES_ONLY_NOTE);
	});

	test('does not find a clause by words of its text alone', async () => {
		const { first, notes } = await searchFromDisk('纳入年度预算');
		expect(first).toBeNull();
		expect(notes).toContain(OFFLINE_TITLES_ONLY_NOTE);
	});
});
