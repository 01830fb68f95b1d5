import { describe, expect, test } from 'vitest';
import { MAX_POSTINGS, findSimilar } from '../../src/library/similar-clauses.ts';
import type { Clause } from '../../src/library/types.ts';

const WORDS = '团员发展推优入党基层组织建设经费保障青年之家阵地团干部配备选拔培养考核激励机制工作制度'.split('');

/** A clause of document `doc` whose text is a deterministic mix of the words above. */
function clause(id: string, doc: string, seed: number, topics = ['funding']): Clause {
	let text = '';
	for (let k = 0; k < 40; k++) text += WORDS[(seed * 7 + k * k * 3 + seed * k) % WORDS.length];
	return {
		id,
		documentSlug: doc,
		n: null,
		title: null,
		role: null,
		numberPath: [],
		parentId: null,
		childIds: [],
		blocks: [],
		text,
		topics,
		line: 1,
		depth: 0,
		aliases: [],
	};
}

function library(n: number): Clause[] {
	return Array.from({ length: n }, (_, i) => clause(`c${i}`, `d${Math.floor(i / 20)}`, i % 97));
}

describe('similar clauses', () => {
	test('finds the same wording in another document, never in the same one', () => {
		const clauses = [clause('a1', 'a', 5), clause('a2', 'a', 5), clause('b1', 'b', 5), clause('c1', 'c', 60)];
		const { similar } = findSimilar(clauses, new Map(), new Map());
		expect(similar.get('a1')?.[0]?.id).toBe('b1');
		expect(similar.get('a1')?.map((s) => s.id)).not.toContain('a2');
	});

	test('leaves out clauses an editor already related, either way', () => {
		const clauses = [clause('a1', 'a', 5), clause('b1', 'b', 5)];
		const relation = { from: 'b1', to: 'a1', type: '落实' as const };
		const { similar } = findSimilar(clauses, new Map([['b1', [relation]]]), new Map([['a1', [relation]]]));
		expect(similar.get('a1') ?? []).toEqual([]);
		expect(similar.get('b1') ?? []).toEqual([]);
	});

	test('does a bounded amount of work per clause, so the whole grows linearly (no all-pairs comparison)', () => {
		const perClause = (n: number) => findSimilar(library(n), new Map(), new Map()).visits / n;
		const [small, large] = [perClause(6_000), perClause(24_000)];
		// Each clause reads at most 16 postings lists of at most MAX_POSTINGS entries, however large the library:
		for (const work of [small, large]) expect(work).toBeLessThanOrEqual(16 * MAX_POSTINGS);
		// so 4× the clauses is 4× the work, not 16× as comparing every pair would be.
		expect(large / small).toBeLessThan(1.05);
	});
});
