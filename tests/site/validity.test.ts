import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { parseAtom } from '../helpers/atom.ts';
import { builtPages, distDir } from '../helpers/built-site.ts';
import { readLibrary } from '../helpers/fixture-library.ts';

const library = readLibrary(new URL('../../content/', import.meta.url).pathname);
const pages = builtPages();

describe('the real library’s validity and feed', () => {
	test('the seven documents say nothing of their validity, so each shows 时效性不详 with the reason 来源未载明', () => {
		expect(library.documents).toHaveLength(7);
		for (const d of library.documents) {
			const page = parse(pages.get(`documents/${d.slug}.html`)!);
			expect(page.querySelector('.title-validity .validity-badge')?.textContent, d.slug).toBe('时效性不详');
			expect(page.querySelector('.meta-panel .validity .note')?.textContent, d.slug).toBe('依据：来源未载明');
		}
	});

	test('the feed lists the seven documents, and the home page offers it', () => {
		const feed = parseAtom(readFileSync(join(distDir, 'feed.xml'), 'utf8'));
		expect(feed.entries.map((e) => e.link.replace(/^.*\/documents\//, ''))).toEqual(library.documents.map((d) => `${d.slug}.html`));
		expect(parse(pages.get('index.html')!).querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('feed.xml');
	});

	test('every topic has a feed its page offers', () => {
		for (const t of library.topics) {
			expect(parseAtom(readFileSync(join(distDir, 'topics', `${t.slug}.xml`), 'utf8')).title).toBe(`党建带团建政策条款库 · 专题：${t.name}`);
			const offered = parse(pages.get(`topics/${t.slug}.html`)!)
				.querySelectorAll('link[rel="alternate"]')
				.map((l) => l.getAttribute('href'));
			expect(offered).toEqual([`../topics/${t.slug}.xml`, '../feed.xml']);
		}
	});
});
