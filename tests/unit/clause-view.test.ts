import { describe, expect, test } from 'vitest';
import { citedWorksView } from '../../src/page-data/cited.ts';
import { clauseRef, clauseView } from '../../src/page-data/clause-view.ts';
import { libraryCounts } from '../../src/page-data/home.ts';
import { tocEntries } from '../../src/page-data/toc.ts';
import { topicPageView } from '../../src/page-data/topic-page.ts';
import { fixtureLibraryDir, fixtureWith, readLibrary } from '../helpers/fixture-library.ts';

const site = new URL('https://lib.example/policy/');
const library = readLibrary(fixtureLibraryDir);

describe('a clause as its document page shows it', () => {
	test('carries its number, title, citation heading and short link', () => {
		expect(clauseView(library, 'al-sec2', site)).toMatchObject({
			number: '二、',
			title: '保障经费',
			roleLabel: null,
			numberPath: '二、',
			citedTitle: '保障经费',
			heading: '二、保障经费',
			shortLink: 'https://lib.example/policy/c/al-sec2.html',
			ownText: ['乡镇共青团工作经费每年不少于2万元。认真落实《中共中央关于加强和改进党的群团工作的意见》。'],
		});
	});

	test('names an unnumbered opening clause 引言, and has no meta without topics or relations', () => {
		expect(clauseView(library, 'al-pre1', site)).toMatchObject({
			number: null,
			title: null,
			roleLabel: '引言',
			citedTitle: '引言',
			heading: '引言',
			meta: null,
		});
	});

	test('lists its topics and its relations both ways, with the works it cites', () => {
		expect(clauseView(library, 'al-sec2', site).meta).toEqual({
			topics: [{ slug: 'funding', name: '经费保障' }],
			topicsPending: false,
			relations: {
				outgoing: [],
				incoming: [{ type: '落实', clause: { id: 'be-p002', documentSlug: 'beta', documentTitle: '某县团委工作报告', label: '2.落实经费。' }, pending: false }],
				cited: [{ id: 'qun-tuan-opinion', title: '中共中央关于加强和改进党的群团工作的意见' }],
				similar: [],
			},
		});
		expect(clauseView(library, 'be-p002', site).meta?.relations.outgoing).toEqual([
			{ type: '落实', clause: { id: 'al-sec2', documentSlug: 'alpha', documentTitle: '关于加强基层团建的通知', label: '二、保障经费' }, pending: false },
		]);
	});

	test('puts a space between an Arabic number and the title, as the source prints it', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace('n="1."', 'n="01"'));
		expect(clauseView(readLibrary(dir), 'be-p001', site)).toMatchObject({ number: '01 ', heading: '01 加强阵地建设。' });
	});

	test('keeps the paragraphs before its first sub-clause as its own, and the rest after its meta', () => {
		const dir = fixtureWith('documents/alpha.mdx', (t) =>
			t.replace(
				'团干部出现空缺时，应当在3个月内配齐。\n',
				'团干部出现空缺时，应当在3个月内配齐。\n\n<Clause id="al-sub1" n="（一）" title="乡镇">\n\n乡镇团委书记由党委委员兼任。\n\n</Clause>\n\n配齐后报上级团委备案。\n',
			),
		);
		const view = clauseView(readLibrary(dir), 'al-sec1', site);
		expect(view.ownText).toEqual(['团干部出现空缺时，应当在3个月内配齐。']);
		expect(view.rest).toMatchObject([
			{ kind: 'clause', clause: { id: 'al-sub1', depth: 1, number: '（一）', numberPath: '一、（一）', heading: '一、（一）乡镇' } },
			{ kind: 'text', text: '配齐后报上级团委备案。' },
		]);
	});
});

describe('a clause as a link', () => {
	test('names its document and reads as its number path and title', () => {
		expect(clauseRef(library, 'al-sec1')).toEqual({ id: 'al-sec1', documentSlug: 'alpha', documentTitle: '关于加强基层团建的通知', label: '一、配齐团干部' });
	});
});

describe('the table of contents', () => {
	/** The fixture library with `subClauses` (MDX) inside alpha's clause al-sec1, after its text. */
	const withSubClauses = (subClauses: string) =>
		readLibrary(
			fixtureWith('documents/alpha.mdx', (t) => t.replace('团干部出现空缺时，应当在3个月内配齐。\n', `团干部出现空缺时，应当在3个月内配齐。\n\n${subClauses}`)),
		);

	test('lists top-level clauses by number and title, and an opening clause as 引言', () => {
		expect(tocEntries(library.clauses, library.documentsBySlug.get('alpha')!.clauseIds)).toEqual([
			{ id: 'al-pre1', label: '引言', children: [] },
			{ id: 'al-sec1', label: '一、配齐团干部', children: [] },
			{ id: 'al-sec2', label: '二、保障经费', children: [] },
		]);
	});

	test('goes two levels deep, and below that lists only sub-clauses with a title', () => {
		const withSubs = withSubClauses(
			'<Clause id="al-sub1" n="（一）">\n\n乡镇。\n\n<Clause id="al-sub2" n="1.">\n\n村。\n\n</Clause>\n\n<Clause id="al-sub3" n="2." title="社区">\n\n社区。\n\n</Clause>\n\n</Clause>\n',
		);
		const entries = tocEntries(withSubs.clauses, withSubs.documentsBySlug.get('alpha')!.clauseIds);
		const ids = (list: typeof entries): unknown[] => list.map((e) => (e.children.length > 0 ? [e.id, ids(e.children)] : e.id));
		expect(ids(entries)).toEqual(['al-pre1', ['al-sec1', [['al-sub1', ['al-sub3']]]], 'al-sec2']);
		// An untitled sub-clause shows its number once, with the start of its text; a titled one its number and title.
		const sub1 = entries[1]!.children[0]!;
		expect(sub1.label).toBe('（一）乡镇。');
		expect(sub1.children[0]!.label).toBe('2.社区');
	});

	test('quotes only the start of a long untitled clause', () => {
		const withSub = withSubClauses('<Clause id="al-sub1" n="（一）">\n\n乡镇团委书记出现空缺时，应当在3个月内配齐并报上级团委备案。\n\n</Clause>\n');
		const [entry] = tocEntries(withSub.clauses, ['al-sec1'])[0]!.children;
		expect(entry!.label).toBe('（一）乡镇团委书记出现空缺时，应当在3…');
	});
});

describe('a topic page', () => {
	test('groups its clauses by document, with their text and relations, and counts the whole topic', () => {
		const view = topicPageView(library, 'funding', library.topicsBySlug.get('funding')!.byDocument.slice(1));
		expect(view).toMatchObject({ slug: 'funding', name: '经费保障', documentCount: 2, clauseCount: 2 });
		expect(view.groups).toMatchObject([
			{
				slug: 'beta',
				title: '某县团委工作报告',
				genre: '工作报告',
				clauses: [{ id: 'be-p002', documentSlug: 'beta', label: '2.落实经费。', paragraphs: [expect.stringContaining('纳入年度预算') as unknown] }],
			},
		]);
		expect(view.groups[0]!.clauses[0]!.relations.outgoing.map((r) => r.clause.id)).toEqual(['al-sec2']);
	});

	test('shows the relations editors made but leaves similar clauses to the clause’s own page', () => {
		// A clause of alpha worded like beta's be-p002 makes the two similar.
		const twin =
			'\n<Clause id="al-twin" n="三、" title="落实经费" topics="funding">\n\n团的工作经费纳入年度预算，乡镇共青团工作经费不少于2万元。\n\n</Clause>\n';
		const withTwin = readLibrary(fixtureWith('documents/alpha.mdx', (t) => `${t.trimEnd()}\n${twin}`));
		expect(clauseView(withTwin, 'be-p002', site).meta?.relations.similar.map((c) => c.id)).toContain('al-twin');
		const onTopic = topicPageView(withTwin, 'funding', withTwin.topicsBySlug.get('funding')!.byDocument).groups.flatMap((g) => g.clauses);
		expect(onTopic.find((c) => c.id === 'be-p002')!.relations).toMatchObject({ outgoing: [{ clause: { id: 'al-sec2' } }], similar: [] });
	});
});

describe('the cited-works page and the home page', () => {
	test('list each cited work with the clauses citing it, and its wordings only when they differ from its title', () => {
		const works = citedWorksView(library);
		const opinion = works.find((w) => w.id === 'qun-tuan-opinion')!;
		expect(opinion.citing.map((c) => c.id)).toEqual(['al-sec2', 'be-p002']);
		expect(opinion.wordings).toEqual(['中共中央关于加强和改进党的群团工作的意见', '中共中央关于加强和改革党的群团工作的意见']);
		const notice = works.find((w) => w.documentSlug === 'alpha')!;
		expect(notice.wordings).toEqual([]);
	});

	test('count documents, clauses, topics and the relations editors declared', () => {
		expect(libraryCounts(library)).toEqual({ documents: 2, clauses: 5, topics: library.topics.length, relations: 1 });
	});
});
