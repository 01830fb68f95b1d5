import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readLibrary } from '../../src/library/read-data.ts';
import { createSegmenter, fold, foldWithMap, parseVocabulary } from '../../src/search/segment.ts';

const vocabulary = parseVocabulary(readFileSync(new URL('../../content/vocabulary.txt', import.meta.url), 'utf8'));
const segmenter = createSegmenter({ vocabulary });
const tokens = (text: string) => segmenter.tokens(text);
const queryTerms = (text: string) => segmenter.queryTerms(text);

describe('the Chinese segmenter', () => {
	test('keeps domain terms whole', () => {
		for (const term of ['推优入党', '团青比', '青年之家', '三会两制一课', '党建带团建', '第一团支书', '智慧团建', '青马工程']) {
			expect(tokens(`要做好${term}工作`), term).toContain(term);
		}
	});

	test('of terms that start alike, keeps the longest that fits where it stands', () => {
		const own = createSegmenter({ vocabulary: ['团干部', '团干部队伍建设', '团费', '𠀀团'] }).tokens;
		expect(own('加强团干部队伍建设')).toContain('团干部队伍建设');
		expect(own('团干部队伍')).toContain('团干部');
		expect(own('按时缴纳团费')).toContain('团费');
		// A term whose first character is outside the BMP (two code units).
		expect(own('𠀀团工作')).toContain('𠀀团');
	});

	test('splits a run of words around a term', () => {
		expect(queryTerms('青年之家经费')).toEqual(['青年之家', '经费']);
	});

	test('joins single characters the dictionary left over back into one query term', () => {
		expect(queryTerms('考核分值')).toEqual(['考核', '分值']);
		expect(queryTerms('区块链')).toEqual(['区块链']);
		expect(queryTerms('配备率')).toEqual(['配备率']);
	});

	test('keeps numbers with their units, as written', () => {
		expect(tokens('乡镇共青团工作经费每年不少于2万元')).toContain('2万元');
		expect(tokens('配备率达到90%以上')).toContain('90%');
		expect(tokens('应当在3个月内配齐')).toContain('3个月');
		expect(tokens('28周岁以下青年')).toContain('28周岁');
	});

	test('full-width digits and letters match their half-width forms', () => {
		expect(tokens('２万元')).toEqual(['2万元']);
		expect(tokens('９０％')).toEqual(['90%']);
		expect(fold('ＡＢＣ')).toBe('abc');
	});

	test('Latin words are tokens, in lower case', () => {
		expect(tokens('X轴 and Y轴')).toEqual(['x', '轴', 'and', 'y', '轴']);
	});

	test('punctuation, spaces and markup characters make no tokens', () => {
		expect(queryTerms('  ，。！？  ')).toEqual([]);
		expect(queryTerms('<script>alert(1)</script>')).toEqual(['script', 'alert', '1']);
	});

	test('drops words too common to search for, unless nothing else is left', () => {
		expect(queryTerms('团干部的配备')).toEqual(['团干部', '配备']);
		expect(queryTerms('的')).toEqual(['的']);
	});

	test('quotation marks, title marks, middle dots and spaces inside a term are folded away, on either side', () => {
		expect(fold('“两新”组织')).toBe('两新组织');
		expect(fold('《中长期青年发展规划》课程')).toBe('中长期青年发展规划课程');
		expect(fold('马克思·恩格斯')).toBe('马克思恩格斯');
		expect(fold('团 干部')).toBe('团干部');
		expect(fold('2 万元 and x')).toBe('2 万元 and x');
		expect(tokens('推动“两新”组织建团')).toContain('两新组织');
	});

	test('folding with a map back to the original gives what fold gives, for every clause of the library', () => {
		const library = readLibrary(new URL('../../content', import.meta.url).pathname);
		for (const clause of library.clauses.values()) {
			const text = `${clause.title ?? ''}\n${clause.text}`;
			expect(foldWithMap(text).folded, clause.id).toBe(fold(text));
		}
	});

	test('spaces typed in a query still separate its words', () => {
		expect(queryTerms('机关化 娱乐化')).toEqual(['机关化', '娱乐化']);
	});

	test('the vocabulary file is read one term a line, without comments', () => {
		expect(parseVocabulary('# note\n推优入党\n\n 团青比 \n')).toEqual(['推优入党', '团青比']);
	});
});
