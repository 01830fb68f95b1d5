import { describe, expect, test } from 'vitest';
import { hanBigrams, vectorize } from '../../src/library/bigram-index.ts';
import { bareClause } from '../helpers/fixture-library.ts';

const clause = (id: string, title: string | null, text: string) => bareClause(id, id, text, { title });

describe('the bigram vectors of similar clauses', () => {
	// Characters past U+FFFF (𠮷, two UTF-16 units), past U+8000 (鑫, 龍), full-width forms NFKC folds
	// (豈 → 豈), a title, and runs broken by other scripts.
	const clauses = [
		clause('a', '总则', '𠮷野家鑫龍团干部，配备 A 团干部'),
		clause('b', null, '豈有此理：团干部配备'),
		clause('c', null, 'ABC 123'),
		clause('d', '团干部', '龍鑫𠮷野'),
	];

	test('a bigram’s id is its order of first appearance, as hanBigrams reads the text, and a clause’s features come in the order they first appear', () => {
		const ids = new Map<string, number>();
		const expected = clauses.map((c) => {
			const features: number[] = [];
			for (const g of hanBigrams(`${c.title ?? ''}${c.text}`)) {
				if (!ids.has(g)) ids.set(g, ids.size);
				if (!features.includes(ids.get(g)!)) features.push(ids.get(g)!);
			}
			return features;
		});
		const { vectorStart, features, df } = vectorize(clauses);
		const got = clauses.map((_, i) => [...features.subarray(vectorStart[i], vectorStart[i + 1])]);
		expect(got).toEqual(expected);
		expect(df.length).toBe(ids.size);
		// 团干 and 干部 are in a (twice), b and d: how many clauses hold them, not how often.
		expect(df[ids.get('团干')!]).toBe(3);
		expect(df[ids.get('干部')!]).toBe(3);
	});

	test('each vector has unit length, and a clause without Han text has none', () => {
		const { vectorStart, weights } = vectorize(clauses);
		const norm = (i: number) => Math.hypot(...weights.subarray(vectorStart[i], vectorStart[i + 1]));
		for (const i of [0, 1, 3]) expect(norm(i)).toBeCloseTo(1, 5);
		expect(vectorStart[3]! - vectorStart[2]!).toBe(0);
	});
});
