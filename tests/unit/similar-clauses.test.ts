import { describe, expect, test } from 'vitest';
import { MAX_POSTINGS, SIMILAR_PER_CLAUSE, findSimilar } from '../../src/library/similar-clauses.ts';
import { computeSimilarInParallel } from '../../src/library/similar-parallel.ts';
import type { Clause } from '../../src/library/types.ts';
import { bareClause } from '../helpers/fixture-library.ts';

const WORDS = '团员发展推优入党基层组织建设经费保障青年之家阵地团干部配备选拔培养考核激励机制工作制度'.split('');

/** A clause of document `doc` whose text is a deterministic mix of the words above. */
function clause(id: string, doc: string, seed: number, topics = ['funding']): Clause {
	let text = '';
	for (let k = 0; k < 40; k++) text += WORDS[(seed * 7 + k * k * 3 + seed * k) % WORDS.length]!;
	return bareClause(id, doc, text, { topics });
}

/** A clause of document `doc` in words the library above never uses. */
function planted(id: string, doc: string): Clause {
	return { ...clause(id, doc, 0), text: '少先队辅导每周开放红领巾活动室两次并记录台账，寒暑假照常开放' };
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

	test('leaves out clauses an editor already related, either way, and still lists the others', () => {
		const clauses = [clause('a1', 'a', 5), clause('b1', 'b', 5), clause('c1', 'c', 5)];
		const ids = (similar: Map<string, { id: string }[]>, id: string) => similar.get(id)?.map((s) => s.id);
		// Unrelated, the three have the same words: each lists the other two.
		const unrelated = findSimilar(clauses, new Map(), new Map()).similar;
		expect(ids(unrelated, 'a1')).toEqual(['b1', 'c1']);
		expect(ids(unrelated, 'b1')).toEqual(['a1', 'c1']);
		// b1 implements a1: neither lists the other as computed, and both still list c1.
		const relation = { from: 'b1', to: 'a1', type: '落实' as const };
		const { similar } = findSimilar(clauses, new Map([['b1', [relation]]]), new Map([['a1', [relation]]]));
		expect(ids(similar, 'a1')).toEqual(['c1']);
		expect(ids(similar, 'b1')).toEqual(['c1']);
		expect(ids(similar, 'c1')).toEqual(['a1', 'b1']);
	});

	test('does a bounded amount of work per clause, so the whole grows linearly (no all-pairs comparison)', () => {
		const perClause = (n: number) => {
			// Two clauses of other documents share distinctive words, among n that share common ones.
			const clauses = [...library(n), planted('p1', 'pa'), planted('p2', 'pb')];
			const { similar, visits } = findSimilar(clauses, new Map(), new Map());
			// The bound is not bought by finding nothing: every clause has neighbours, and the pair finds each other.
			expect(clauses.filter((c) => similar.get(c.id)?.length !== SIMILAR_PER_CLAUSE && !c.id.startsWith('p'))).toEqual([]);
			expect(similar.get('p1')?.[0]?.id).toBe('p2');
			expect(similar.get('p2')?.[0]?.id).toBe('p1');
			return visits / clauses.length;
		};
		const [small, large] = [perClause(6_000), perClause(24_000)];
		// Each clause reads at most 16 postings lists of at most MAX_POSTINGS entries, however large the library:
		for (const work of [small, large]) expect(work).toBeLessThanOrEqual(16 * MAX_POSTINGS);
		// so 4× the clauses is 4× the work, not 16× as comparing every pair would be.
		expect(large / small).toBeLessThan(1.05);
	});

	test('found by worker threads beside the build’s own, they are the same, clause for clause, as found by one', async () => {
		const clauses = [...library(3_000), planted('p1', 'pa'), planted('p2', 'pb'), planted('p3', 'pc')];
		const relation = { from: 'p2', to: 'p1', type: '落实' as const };
		const outgoing = new Map([['p2', [relation]]]);
		const incoming = new Map([['p1', [relation]]]);
		const alone = findSimilar(clauses, outgoing, incoming).similar;
		const together = await computeSimilarInParallel(clauses, outgoing, incoming, { workers: 2, minClauses: 0 });
		expect([...together]).toEqual([...alone]);
		// The workers' part alone: this thread leaves every chunk to them.
		const byWorkers = await computeSimilarInParallel(clauses, outgoing, incoming, { workers: 2, minClauses: 0, searchHere: false });
		expect([...byWorkers]).toEqual([...alone]);
		// The editor's relation still keeps the related pair apart.
		expect(together.get('p1')?.map((s) => s.id)).not.toContain('p2');
		expect(together.get('p1')?.[0]?.id).toBe('p3');
	});
});
