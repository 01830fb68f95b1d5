import { describe, expect, test } from 'vitest';
import { atomXml } from '../../src/feeds/atom.ts';
import { libraryFeed, topicFeed } from '../../src/feeds/library-feed.ts';
import { readLibrary } from '../../src/library/read-data.ts';
import { pageFeeds } from '../../src/page-data/head.ts';
import { parseAtom } from '../helpers/atom.ts';

const library = readLibrary(new URL('../fixtures/validity/', import.meta.url).pathname, undefined, '2026-01-01');
const site = new URL('https://lib.example/policy/');

describe('the library’s Atom feed', () => {
	const feed = parseAtom(libraryFeed(library, '2026-01-01', site));

	test('is Atom a feed parser reads, on the site address', () => {
		expect(feed.id).toBe('https://lib.example/policy/feed.xml');
		expect(feed.links).toEqual([
			{ rel: 'self', href: 'https://lib.example/policy/feed.xml' },
			{ rel: 'alternate', href: 'https://lib.example/policy/' },
		]);
		expect(feed.updated).toBe('2026-01-01T00:00:00Z');
	});

	test('has an entry per document, newest first, linking the document and stating its validity', () => {
		expect(feed.entries.map((e) => e.link)).toEqual(library.documents.map((d) => `https://lib.example/policy/documents/${d.slug}.html`));
		expect(feed.entries.find((e) => e.title === '某市团委关于团费收缴的办法')).toMatchObject({
			id: 'https://lib.example/policy/documents/dues-old.html',
			updated: '2026-01-01T00:00:00Z',
			summary: '办法 · 某市团委 · 2016年 · 时效性：已废止（本办法自2021年3月1日起废止，由《某市团委关于团费收缴管理的办法》代替。）',
			categories: ['经费保障'],
		});
	});
});

describe('a topic’s Atom feed', () => {
	test('lists the documents with clauses on the topic', () => {
		const feed = parseAtom(topicFeed(library, 'funding', '2026-01-01', site));
		expect(feed.title).toBe('党建带团建政策条款库 · 专题：经费保障');
		expect(feed.links.find((l) => l.rel === 'alternate')!.href).toBe('https://lib.example/policy/topics/funding.html');
		expect(feed.entries.map((e) => e.title).sort()).toEqual(['某市团委关于团费收缴的办法', '某市团委关于团费收缴管理的办法'].sort());
	});
});

describe('Atom as text', () => {
	test('escapes what XML reserves, so a title with & and < stays one entry', () => {
		const xml = atomXml({
			id: 'https://x.example/f',
			title: 'A & B',
			self: 'https://x.example/f',
			alternate: 'https://x.example/',
			updated: '2026-01-01T00:00:00Z',
			author: '库',
			entries: [
				{ id: 'https://x.example/1', title: '<b>“通知”</b> & 办法', link: 'https://x.example/1?a=1&b=2', updated: '2026-01-01T00:00:00Z', summary: "it's" },
			],
		});
		expect(parseAtom(xml).entries).toEqual([
			{
				id: 'https://x.example/1',
				title: '<b>“通知”</b> & 办法',
				updated: '2026-01-01T00:00:00Z',
				link: 'https://x.example/1?a=1&b=2',
				related: [],
				summary: "it's",
				categories: [],
			},
		]);
	});

	test('the test parser refuses what is not Atom', () => {
		expect(() => parseAtom('<rss version="2.0"><channel/></rss>')).toThrow(/not Atom/);
		expect(() => parseAtom('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>')).toThrow();
	});
});

describe('feeds offered in the page head', () => {
	test('the home page offers the library’s feed, a topic page its own and the library’s, with relative links', () => {
		expect(pageFeeds({ page: 'home' }).map((f) => f.href)).toEqual(['feed.xml']);
		expect(pageFeeds({ page: 'topic', slug: 'funding' }).map((f) => f.href)).toEqual(['../topics/funding.xml', '../feed.xml']);
		expect(pageFeeds({ page: 'document', slug: 'dues-old' })).toEqual([]);
	});
});
