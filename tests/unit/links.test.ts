import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../../src/checks/links.ts';
import { href, shortLink, siteRootOf } from '../../src/utils/links.ts';

describe('relative links between pages', () => {
	test('from the home page', () => {
		expect(href({ page: 'home' }, { page: 'document', slug: 'a' }, 'jc-1')).toBe('documents/a.html#jc-1');
	});

	test('from a document to a topic and back home', () => {
		expect(href({ page: 'document', slug: 'a' }, { page: 'topic', slug: 'funding' })).toBe('../topics/funding.html');
		expect(href({ page: 'document', slug: 'a' }, { page: 'home' }, 'topics')).toBe('../index.html#topics');
	});

	test('within the same page, only the fragment', () => {
		expect(href({ page: 'document', slug: 'a' }, { page: 'document', slug: 'a' }, 'x-1')).toBe('#x-1');
	});
});

describe('short clause permalinks', () => {
	test('are full URLs on the configured site address, under its sub-path', () => {
		expect(shortLink('jc-1', new URL('https://lib.example/policy'))).toBe('https://lib.example/policy/c/jc-1.html');
	});
});

describe('the link checker', () => {
	const site = (pages: Record<string, string>) => findBrokenLinks(new Map(Object.entries(pages)));

	test('accepts a link to a file that is not a page, such as the offline ZIP', () => {
		expect(findBrokenLinks(new Map([['index.html', '<a href="copy.zip">zip</a>']]), new Set(['copy.zip']))).toEqual([]);
	});

	test('judges each link from its own page, though pages of a folder share their links’ meanings', () => {
		expect(
			site({
				'd/a.html': '<p id="only-a"></p><a href="?q=1#only-a">self</a><a href="b.html#in-b">b</a><a href="../e/c.html">c</a>',
				'd/b.html': '<p id="in-b"></p><a href="?q=1#only-a">self</a><a href="b.html#only-a">b</a>',
				'e/b.html': '<a href="b.html#in-b">not d/b</a><a href="c.html">c</a>',
				'e/c.html': '',
			}),
		).toEqual([
			{ file: 'd/b.html', href: '?q=1#only-a', problem: 'no #only-a in d/b.html' },
			{ file: 'd/b.html', href: 'b.html#only-a', problem: 'no #only-a in d/b.html' },
			{ file: 'e/b.html', href: 'b.html#in-b', problem: 'no #in-b in e/b.html' },
		]);
	});

	test('accepts good relative links and fragments', () => {
		expect(site({ 'index.html': '<a href="d/a.html#x">a</a>', 'd/a.html': '<p id="x"></p><a href="../index.html">home</a>' })).toEqual([]);
	});

	test('finds a missing page, a missing fragment, a folder link, a root-absolute and an off-site URL', () => {
		expect(
			site({
				'index.html':
					'<a href="d/b.html">b</a><a href="d/a.html#y">y</a><a href="d/">dir</a><a href="/d/a.html">abs</a><a href="https://cdn.example/x.js">cdn</a>',
				'd/a.html': '<p id="x"></p>',
			}).map((b) => b.problem),
		).toEqual([
			'no such page d/b.html',
			'no #y in d/a.html',
			'links to a folder',
			'root-absolute URL (breaks from disk and under a sub-path)',
			'reference to another host',
		]);
	});
});

describe('siteRootOf', () => {
	test('finds the site root of a page at any depth, under a sub-path too', () => {
		expect(siteRootOf('/policy/c/unknown.html')).toBe('/policy/');
		expect(siteRootOf('/documents/x.html')).toBe('/');
		expect(siteRootOf('/policy/topics/funding.html')).toBe('/policy/');
		expect(siteRootOf('/policy/topics/funding/2.html')).toBe('/policy/');
		expect(siteRootOf('/policy/missing.html')).toBe('/policy/');
	});
});
