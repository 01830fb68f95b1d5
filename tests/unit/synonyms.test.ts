import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LibraryError } from '../../src/library/errors.ts';
import { parseSynonyms } from '../../src/search/synonyms-file.ts';
import { expandTerm, foldGroups, NEAR_WEIGHT, SYNONYM_WEIGHT, synonymTerms } from '../../src/search/synonyms.ts';

const file = 'content/synonyms.yaml';
const problems = (text: string): string[] => {
	try {
		parseSynonyms(text, file);
		return [];
	} catch (error) {
		if (!(error instanceof LibraryError)) throw error;
		return error.issues.map((i) => `${i.file}:${i.line ?? '?'} ${i.message}`);
	}
};

describe('the synonym file', () => {
	test('the library’s own file is valid, and every group has at least two wordings', () => {
		const groups = parseSynonyms(readFileSync(new URL('../../content/synonyms.yaml', import.meta.url), 'utf8'), file);
		expect(groups.length).toBeGreaterThan(50);
		for (const g of groups) expect(g.words.length + g.near.length, g.concept).toBeGreaterThanOrEqual(2);
	});

	test('a group with one wording is refused, naming the file and its line', () => {
		expect(problems('- concept: 配齐\n  words: [配齐, 补齐]\n- concept: 空缺\n  words: [空缺]\n')).toEqual([
			'content/synonyms.yaml:4 group 2 (words): a group needs at least two wordings (words and near together)',
		]);
	});

	test('an unknown field, an empty or a punctuated wording is refused at its line', () => {
		expect(problems('- concept: 经费\n  word: [经费, 资金]\n')).toEqual([
			'content/synonyms.yaml:1 group 1 (words): Invalid input: expected array, received undefined',
			'content/synonyms.yaml:2 group 1: Unrecognized key: "word"',
		]);
		expect(problems('- concept: 经费\n  words: [经费, ""]\n')).toEqual(['content/synonyms.yaml:2 group 1 (words.1): a wording is empty']);
		expect(problems('- concept: 经费\n  words:\n    - 经费\n    - 资金；钱\n')[0]).toMatch(
			/^content\/synonyms\.yaml:4 group 1 \(words\.1\): a wording holds only/,
		);
	});

	test('a wording listed twice in a group is refused at the second line', () => {
		expect(problems('- concept: 经费\n  words:\n    - 经费\n    - 资金\n  near:\n    - “经费”\n')).toEqual([
			'content/synonyms.yaml:6 group 1 (经费): ““经费”” is listed twice (as “经费”)',
		]);
	});

	test('a YAML syntax error names its line', () => {
		expect(problems('- concept: 经费\n  words: [经费, 资金\n')[0]).toMatch(/^content\/synonyms\.yaml:\d+ YAML syntax error/);
	});
});

describe('expanding a query word', () => {
	const groups = foldGroups([{ words: ['经费', '资金'], near: ['钱'] }, { words: ['外卖送餐员', '骑手'] }]);

	test('a word is searched as itself first, then its group’s words, then its near-synonyms', () => {
		expect(expandTerm('经费', groups)).toEqual([
			{ text: '经费', weight: 1 },
			{ text: '资金', weight: SYNONYM_WEIGHT },
		]);
		expect(expandTerm('骑手', groups).map((w) => w.text)).toEqual(['骑手', '外卖送餐员']);
	});

	test('a near-synonym typed finds the concept’s words; a single character is never reached from another wording', () => {
		expect(expandTerm('钱', groups)).toEqual([
			{ text: '钱', weight: 1 },
			{ text: '经费', weight: SYNONYM_WEIGHT },
			{ text: '资金', weight: SYNONYM_WEIGHT },
		]);
		expect(expandTerm('资金', groups).some((w) => w.text === '钱')).toBe(false);
		expect(NEAR_WEIGHT).toBeLessThan(SYNONYM_WEIGHT);
	});

	test('a word in no group is searched as itself only', () => {
		expect(expandTerm('团青比', groups)).toEqual([{ text: '团青比', weight: 1 }]);
	});

	test('wordings of two or more characters are kept whole by the segmenter', () => {
		expect(synonymTerms(groups)).toEqual(['经费', '资金', '外卖送餐员', '骑手']);
	});
});
