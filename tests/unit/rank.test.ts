import { describe, expect, test } from 'vitest';
import { excerptAround, markTerms } from '../../src/search/highlight.ts';
import { rankClauses, type RankCandidate } from '../../src/search/rank.ts';

const clause = (id: string, text: string, title = '', documentTitle = '某文件'): RankCandidate => ({ id, documentTitle, number: '', title, text });

describe('ranking clauses for a Chinese query', () => {
	test('a clause holding the query as written comes before clauses holding its words apart', () => {
		const ranked = rankClauses(
			'青年之家经费',
			['青年之家', '经费'],
			[clause('apart', '建设青年之家。另外，保障工作经费，经费逐年增长。'), clause('exact', '统筹安排青年之家经费。')],
		);
		expect(ranked.map((r) => [r.id, r.tier])).toEqual([
			['exact', 'exact'],
			['apart', 'near'],
		]);
	});

	test('all words close together before all words far apart, before some words', () => {
		const far = `团干部${'其他内容'.repeat(30)}配备`;
		const ranked = rankClauses(
			'团干部 配备',
			['团干部', '配备'],
			[clause('some', '团干部要加强学习。'), clause('far', far), clause('near', '团干部的配备率要达到要求。')],
		);
		expect(ranked.map((r) => [r.id, r.tier])).toEqual([
			['near', 'near'],
			['far', 'all'],
			['some', 'partial'],
		]);
		expect(ranked[2]!.missing).toEqual(['配备']);
	});

	test('the document title counts towards having all words', () => {
		const ranked = rankClauses('金昌 经费', ['金昌', '经费'], [clause('a', '保障经费。', '', '金昌市实施方案'), clause('b', '保障经费。', '', '某县报告')]);
		expect(ranked.map((r) => [r.id, r.tier])).toEqual([
			['a', 'all'],
			['b', 'partial'],
		]);
	});

	test('a match in the clause title ranks above one in a long text', () => {
		const ranked = rankClauses(
			'推优入党',
			['推优入党'],
			[clause('body', `${'内容'.repeat(200)}做好推优入党工作。`), clause('title', '全面落实推优入党办法。', '做好共青团员推优入党')],
		);
		expect(ranked.map((r) => r.id)).toEqual(['title', 'body']);
	});

	test('full-width digits in a query match half-width text', () => {
		expect(rankClauses('２万元', ['2万元'], [clause('a', '每年不少于2万元。')])[0]!.tier).toBe('exact');
	});

	test('clauses matching nothing are left out', () => {
		expect(rankClauses('少先队', ['少先队'], [clause('a', '团干部配备。')])).toEqual([]);
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
