/**
 * The similar clauses of a whole library found by several threads at once: the build's own and
 * worker threads search one index in shared memory, each taking the next chunk of clauses until
 * none is left, so a thread slowed by other work takes fewer. The result is the one findSimilar
 * gives, clause for clause (tested): each clause's search reads only the index.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runInWorker } from '../build/run-in-worker.ts';
import { SIMILAR_PER_CLAUSE, computeSimilar, searchScratch, similarIndex, similarTo, type SimilarIndex } from './similar-clauses.ts';
import type { Clause, DeclaredRelation, SimilarClause } from './types.ts';

/** Clauses searched per chunk: enough that taking a chunk costs nothing, few enough to share the end evenly. */
const CHUNK = 512;
/**
 * Fewer clauses than this are searched in this thread alone: it would search them all before a
 * worker had started (about 3,000 clauses in the time a worker takes to start).
 */
const PARALLEL_CLAUSES = 15_000;
/** At most this many workers: each holds a copy of the clause ids, and the build has other threads. */
const MAX_WORKERS = 3;

/** What the threads write their findings into, in shared memory. */
export interface SharedFindings {
	/** the next chunk to take */
	next: Int32Array;
	/** clause i's similar clauses, as positions in the index, from i × SIMILAR_PER_CLAUSE; -1 after the last */
	found: Int32Array;
	scores: Float64Array;
}

/** Searches chunks of the index until none is left, writing into `findings`. */
export function searchChunks(index: SimilarIndex, findings: SharedFindings): void {
	const n = index.ids.length;
	const scratch = searchScratch(n);
	for (let from = Atomics.add(findings.next, 0, 1) * CHUNK; from < n; from = Atomics.add(findings.next, 0, 1) * CHUNK) {
		for (let i = from; i < Math.min(n, from + CHUNK); i++) {
			similarTo(index, i, scratch).forEach(({ j, score }, k) => {
				findings.found[i * SIMILAR_PER_CLAUSE + k] = j;
				findings.scores[i * SIMILAR_PER_CLAUSE + k] = score;
			});
		}
	}
}

/** How computeSimilarInParallel shares the work out. */
export interface ParallelOptions {
	/** worker threads beside this one (default: one per other core, at most MAX_WORKERS) */
	workers?: number;
	/** fewer clauses are searched in this thread alone (default PARALLEL_CLAUSES) */
	minClauses?: number;
	/** false leaves every chunk to the workers (for tests of the workers' part) */
	searchHere?: boolean;
}

/**
 * The similar clauses of every clause (see findSimilar in similar-clauses.ts), found by this
 * thread and worker threads. A small library, or code loaded from where the worker's module is
 * not (a bundle), is searched in this thread alone, and so is the whole library again if a
 * worker fails: the workers only make it faster.
 */
export async function computeSimilarInParallel(
	clauses: Clause[],
	outgoing: Map<string, DeclaredRelation[]>,
	incoming: Map<string, DeclaredRelation[]>,
	{ workers = Math.min(MAX_WORKERS, availableParallelism() - 1), minClauses = PARALLEL_CLAUSES, searchHere = true }: ParallelOptions = {},
): Promise<Map<string, SimilarClause[]>> {
	const workerModule = new URL('./similar-worker.ts', import.meta.url);
	if (workers < 1 || clauses.length < minClauses || !existsSync(fileURLToPath(workerModule))) return computeSimilar(clauses, outgoing, incoming);
	const index = similarIndex(clauses, outgoing, incoming, { shared: true });
	const slots = clauses.length * SIMILAR_PER_CLAUSE;
	const findings: SharedFindings = {
		next: new Int32Array(new SharedArrayBuffer(4)),
		found: new Int32Array(new SharedArrayBuffer(slots * 4)).fill(-1),
		scores: new Float64Array(new SharedArrayBuffer(slots * 8)),
	};
	const helpers = Array.from({ length: workers }, () => runInWorker(workerModule, { index, findings }, "the similar clauses' worker"));
	if (searchHere) searchChunks(index, findings);
	try {
		await Promise.all(helpers);
	} catch {
		return computeSimilar(clauses, outgoing, incoming);
	}
	const similar = new Map<string, SimilarClause[]>();
	for (let i = 0; i < clauses.length; i++) {
		const best: SimilarClause[] = [];
		for (let k = 0; k < SIMILAR_PER_CLAUSE; k++) {
			const j = findings.found[i * SIMILAR_PER_CLAUSE + k]!;
			if (j < 0) break;
			best.push({ id: index.ids[j]!, score: findings.scores[i * SIMILAR_PER_CLAUSE + k]! });
		}
		if (best.length > 0) similar.set(index.ids[i]!, best);
	}
	return similar;
}
