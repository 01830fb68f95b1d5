import { describe, expect, test } from 'vitest';
import { trainTopics } from '../../src/import/suggest-topics.ts';
import { readLibrary } from '../../src/library/read-data.ts';
import { parseClauses } from '../../src/library/parse-clauses.ts';
import { splitMdx } from '../../src/library/read-data.ts';
import { clauseView } from '../../src/page-data/clause-view.ts';
import { fixtureWith } from '../helpers/fixture-library.ts';
import { run } from './helpers.ts';

const library = readLibrary(new URL('../fixtures/library/', import.meta.url).pathname);

describe('topics suggested by a classifier over the clauses already tagged', () => {
	test('suggests the topics of the most alike tagged clauses', () => {
		const classify = trainTopics([
			{ text: '团干部出现空缺时应当及时配齐配强', topics: ['cadre-staffing'] },
			{ text: '选配团干部，配齐团委书记班子', topics: ['cadre-staffing'] },
			{ text: '工作经费纳入年度预算，保障经费', topics: ['funding'] },
			{ text: '建设青年之家阵地', topics: ['venues'] },
		]);
		expect(classify('各级团委要及时配齐团干部，不得空缺')).toEqual(['cadre-staffing']);
		expect(classify('经费纳入预算')).toEqual(['funding']);
		expect(classify('完全无关的内容')).toEqual([]);
	});

	test('learns a topic no clause carries yet from its name and description', () => {
		const result = run('n.txt', '关于某事的通知\n一、建设阵地\n建设青年之家等阵地，开放使用。', { library });
		expect(result.clauses.find((c) => c.n === '一、')!.topics).toContain('venues');
	});
});

describe('suggestions in the draft, marked 待审', () => {
	const result = run(
		'n.txt',
		'关于某事的通知\n各团委：\n一、保障经费\n乡镇共青团工作经费每年不少于2万元，纳入年度预算。\n二、配齐干部\n团干部出现空缺时，应当在3个月内配齐。',
		{ library },
	);
	const [, funds, staff] = result.clauses;

	test('suggests topics and up to three related clauses of other documents, from the similar-clause index', () => {
		expect(funds).toMatchObject({ topics: ['funding'], pending: ['topics', 'related'] });
		expect(funds!.related.length).toBeGreaterThan(0);
		expect(funds!.related.length).toBeLessThanOrEqual(3);
		expect(funds!.related.every((id) => library.clauses.has(id))).toBe(true);
		expect(staff!.related).toContain('al-sec1');
	});

	test('writes them as attributes the build reads, with the pending mark an editor deletes to confirm', () => {
		const split = splitMdx(result.mdx)!;
		const parsed = parseClauses('d.mdx', split.body).clauses.find((c) => c.n === '一、')!;
		expect(parsed).toMatchObject({ topics: ['funding'], pending: ['topics', 'related'] });
		expect(result.mdx).toContain('{/* 待审: pending="…" marks suggested topics and related clauses; delete it once you have checked them. */}');
	});
});

describe('the page marks what is pending 待审 until the mark is deleted', () => {
	const site = new URL('https://policy-library.example/');

	test('marks pending topics on the clause, and a pending relation on both its ends', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace('related="落实:al-sec2"', 'related="落实:al-sec2" pending="topics related"'));
		const pending = readLibrary(dir);
		expect(clauseView(pending, 'be-p002', site).meta).toMatchObject({ topicsPending: true, relations: { outgoing: [{ pending: true }] } });
		expect(clauseView(pending, 'al-sec2', site).meta?.relations.incoming).toMatchObject([{ pending: true }]);
		expect(clauseView(library, 'be-p002', site).meta).toMatchObject({ topicsPending: false, relations: { outgoing: [{ pending: false }] } });
	});
});
