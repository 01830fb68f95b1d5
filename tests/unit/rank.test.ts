import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { excerptAround, markTerms } from '../../src/search/highlight.ts';
import { analyseQuery } from '../../src/search/query.ts';
import { rankClauses, type RankCandidate } from '../../src/search/rank.ts';
import { createSegmenter, parseVocabulary } from '../../src/search/segment.ts';
import { foldGroups, type SynonymGroup } from '../../src/search/synonyms.ts';

const segmenter = createSegmenter({ vocabulary: parseVocabulary(readFileSync(new URL('../../content/vocabulary.txt', import.meta.url), 'utf8')) });
const clause = (id: string, text: string, title = '', documentTitle = '某文件'): RankCandidate => ({ id, documentTitle, number: '', title, text });
/** Ranks candidates for a query as the search page does, with the given synonym groups. */
const rank = (query: string, candidates: RankCandidate[], groups: SynonymGroup[] = []) => rankClauses(analyseQuery(query, segmenter, groups), candidates);

describe('ranking clauses for a Chinese query', () => {
	test('a clause holding the query as written comes before clauses holding its words apart', () => {
		const ranked = rank('青年之家经费', [clause('apart', '建设青年之家。另外，保障工作经费，经费逐年增长。'), clause('exact', '统筹安排青年之家经费。')]);
		expect(ranked.map((r) => [r.id, r.tier])).toEqual([
			['exact', 'exact'],
			['apart', 'near'],
		]);
	});

	test('all words close together before all words far apart, before some words', () => {
		const far = `团干部${'其他内容'.repeat(30)}配备`;
		const ranked = rank('团干部 配备', [clause('some', '团干部要加强学习。'), clause('far', far), clause('near', '团干部的配备率要达到要求。')]);
		expect(ranked.map((r) => [r.id, r.tier])).toEqual([
			['near', 'near'],
			['far', 'all'],
			['some', 'partial'],
		]);
		expect(ranked[2]!.missing).toEqual(['配备']);
	});

	test('the document title counts towards having all words', () => {
		const ranked = rank('金昌 经费', [clause('a', '保障经费。', '', '金昌市实施方案'), clause('b', '保障经费。', '', '某县报告')]);
		expect(ranked.map((r) => [r.id, r.tier])).toEqual([
			['a', 'all'],
			['b', 'partial'],
		]);
	});

	test('a match in the clause title ranks above one in a long text', () => {
		const ranked = rank('推优入党', [
			clause('body', `${'内容'.repeat(200)}做好推优入党工作。`),
			clause('title', '全面落实推优入党办法。', '做好共青团员推优入党'),
		]);
		expect(ranked.map((r) => r.id)).toEqual(['title', 'body']);
	});

	test('full-width digits in a query match half-width text', () => {
		expect(rank('２万元', [clause('a', '每年不少于2万元。')])[0]!.tier).toBe('exact');
	});

	test('clauses matching nothing are left out', () => {
		expect(rank('少先队', [clause('a', '团干部配备。')])).toEqual([]);
	});
});

describe('ranking with synonym groups', () => {
	const groups = foldGroups([{ words: ['外卖送餐员', '外卖骑手', '骑手'] }, { words: ['配齐', '补齐'], near: ['补上'] }]);

	test('a word is found by another wording of its group, and the result says which', () => {
		const [first] = rank('骑手', [clause('a', '推动快递员、外卖送餐员等新就业群体建团。')], groups);
		expect(first).toMatchObject({ id: 'a', missing: [], via: [['骑手', '外卖送餐员']], found: ['外卖送餐员'] });
	});

	test('the word as typed ranks above another wording, and a near-synonym below both', () => {
		const ranked = rank('补齐', [clause('near', '空缺时及时补上。'), clause('synonym', '空缺时及时配齐。'), clause('typed', '空缺时及时补齐。')], groups);
		expect(ranked.map((r) => r.id)).toEqual(['typed', 'synonym', 'near']);
	});

	test('without the groups, another wording finds nothing', () => {
		expect(rank('骑手', [clause('a', '推动外卖送餐员建团。')])).toEqual([]);
	});
});

describe('ranking for a question', () => {
	test('question words are not searched for, and the words left are', () => {
		const q = analyseQuery('团干部出现空缺多久要补齐？', segmenter, []);
		expect(q.terms.map((t) => t.text)).toEqual(['团干部', '出现', '空缺', '补齐']);
		expect(q.answer).toBe('time');
	});

	test('for 多久, a clause stating a time ranks above one that only shares the words', () => {
		const ranked = rank('团干部空缺多久补齐', [clause('nouns', '团干部空缺的，要及时研究补齐办法。'), clause('answer', '团干部空缺的，应当在3个月内补齐。')]);
		expect(ranked.map((r) => [r.id, r.answers])).toEqual([
			['answer', true],
			['nouns', false],
		]);
	});

	test('for 多少钱, an amount of money answers; for 几次, a count or a frequency does', () => {
		const money = rank('乡镇团委经费多少钱', [clause('count', '乡镇团委经费使用情况每年通报2次。'), clause('money', '乡镇团委经费每年不少于2万元。')]);
		expect(money[0]!.id).toBe('money');
		const times = rank('联席会议一年开几次', [clause('none', '联席会议由分管负责同志召集。'), clause('times', '每年至少召开1次联席会议。')]);
		expect(times[0]!.id).toBe('times');
	});

	test('能不能, 是否, 可以 and a closing 吗 are dropped, and the substance matched', () => {
		for (const query of ['学校能不能撤销团委', '学校是否可以撤销团委', '学校可以撤销团委吗']) {
			expect(
				analyseQuery(query, segmenter, []).terms.map((t) => t.text),
				query,
			).toEqual(['学校', '撤销', '团委']);
		}
	});
});

describe('punctuation inside a term', () => {
	test('a term printed with quotation marks inside is found typed whole, and the reverse', () => {
		expect(rank('两新组织', [clause('a', '推动“两新”组织建团。')])[0]!.tier).toBe('exact');
		expect(rank('“两新”组织', [clause('a', '推动两新组织建团。')])[0]!.tier).toBe('exact');
		expect(rank('中长期青年发展规划课程', [clause('a', '设置《中长期青年发展规划》课程内容。')])[0]!.tier).toBe('exact');
	});

	test('the highlight marks the term as printed, its quotation marks included', () => {
		expect(
			markTerms('推动“两新”组织建团', ['两新组织'])
				.filter((p) => p.mark)
				.map((p) => p.text),
		).toEqual(['“两新”组织']);
	});
});

describe('marking search terms in text', () => {
	test('marks every occurrence', () => {
		expect(markTerms('推优入党，做好推优。', ['推优'])).toEqual([
			{ text: '推优', mark: true },
			{ text: '入党，做好', mark: false },
			{ text: '推优', mark: true },
			{ text: '。', mark: false },
		]);
	});

	test('marks words after characters that folding lengthens (… becomes ...) and full-width forms', () => {
		expect(
			markTerms('…合理调控团青比，２万元', ['团青比', '2万元'])
				.filter((p) => p.mark)
				.map((p) => p.text),
		).toEqual(['团青比', '２万元']);
	});

	test('an excerpt finds its match after characters that folding lengthens', () => {
		const text = `${'……'.repeat(20)}${'前'.repeat(60)}推优入党${'后'.repeat(100)}`;
		expect(excerptAround(text, ['推优入党'], 40)).toContain('推优入党');
	});

	test('an excerpt is cut around the first match', () => {
		const text = `${'前'.repeat(100)}推优入党${'后'.repeat(100)}`;
		const e = excerptAround(text, ['推优入党'], 40);
		expect(e.startsWith('…')).toBe(true);
		expect(e).toContain('推优入党');
		expect(e.length).toBeLessThanOrEqual(42);
	});
});
