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

describe('a revised document in the feed', () => {
	const site = new URL('https://lib.example/');
	const revised = readLibrary(new URL('../fixtures/site/', import.meta.url).pathname, undefined, '2026-11-23');
	const feed = parseAtom(libraryFeed(revised, '2026-11-23', site));

	test('is a new entry, dated the revision’s day, linking the document and the comparison with the version before', () => {
		expect(feed.entries.find((e) => e.link === 'https://lib.example/documents/volunteer-measures.html')).toEqual({
			id: 'https://lib.example/documents/volunteer-measures/2023-09-01.html',
			title: '某区团委青年志愿服务管理办法（2023年9月1日版，修订）',
			updated: '2023-09-01T00:00:00Z',
			link: 'https://lib.example/documents/volunteer-measures.html',
			related: ['https://lib.example/compare/volunteer-measures/2019-05-01--2023-09-01.html'],
			summary: '办法 · 某区团委 · 2023年9月1日 · 时效性：现行有效（本办法自2023年9月1日起施行。） · 修订自2019年5月1日版',
			categories: ['联系服务青年'],
		});
	});

	test('a document never revised keeps its address as its id and the build date', () => {
		expect(feed.entries.find((e) => e.link === 'https://lib.example/documents/dues-old.html')).toMatchObject({
			id: 'https://lib.example/documents/dues-old.html',
			updated: '2026-11-23T00:00:00Z',
			related: [],
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

describe('a document’s categories', () => {
	test('are its clauses’ topics in each library read, not in the first library a feed was made from', () => {
		const before = parseAtom(topicFeed(library, 'funding', '2026-01-01', site)).entries.find((e) => e.id.endsWith('/dues-old.html'))!;
		// The same document in another library, where its clauses are also on a second topic.
		const second = library.topics.find((t) => t.slug !== 'funding')!;
		const clauses = new Map(
			[...library.clauses].map(([id, c]) => [id, c.documentSlug === 'dues-old' ? { ...c, topics: [...c.topics, second.slug] } : c] as const),
		);
		const after = parseAtom(topicFeed({ ...library, clauses }, 'funding', '2026-01-01', site)).entries.find((e) => e.id.endsWith('/dues-old.html'))!;
		expect(before.categories).toEqual(['经费保障']);
		expect(after.categories.sort()).toEqual(['经费保障', second.name].sort());
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
