/**
 * Computed relations: the few clauses of other documents most like each clause, from an
 * inverted index over character bigrams with bounded work per clause, never from comparing
 * every pair (the library reaches 200,000 clauses).
 */
import { buildPostings, vectorize, type Vector } from './bigram-index.ts';
import type { Clause, DeclaredRelation, SimilarClause } from './types.ts';

/** How many computed neighbours a clause shows. */
export const SIMILAR_PER_CLAUSE = 3;
/** Features used to look up candidates: the clause's most distinctive bigrams. */
const QUERY_FEATURES = 16;
/**
 * Each bigram's postings keep only the clauses where it weighs most. With this cap and the
 * fixed number of features, the work per clause is bounded by a constant, so the whole
 * computation grows linearly with the number of clauses.
 */
export const MAX_POSTINGS = 128;
const MIN_SCORE = 0.15;
const TOPIC_WEIGHT = 0.25;

/** The Jaccard overlap of two clauses' topics, from topic bit sets: a few integer operations per candidate. */
function topicOverlaps(clauses: Clause[]): (i: number, j: number) => number {
	const topicBits = new Map<string, number>();
	for (const c of clauses) for (const t of c.topics) if (!topicBits.has(t)) topicBits.set(t, topicBits.size);
	const words = Math.max(1, Math.ceil(topicBits.size / 32));
	const topics = new Uint32Array(clauses.length * words);
	clauses.forEach((c, i) => {
		for (const t of c.topics) topics[i * words + (topicBits.get(t)! >>> 5)]! |= 1 << (topicBits.get(t)! & 31);
	});
	return (i, j) => {
		let shared = 0;
		let either = 0;
		for (let w = 0; w < words; w++) {
			shared += popcount(topics[i * words + w]! & topics[j * words + w]!);
			either += popcount(topics[i * words + w]! | topics[j * words + w]!);
		}
		return either === 0 ? 0 : shared / either;
	};
}

/**
 * Finds, for every clause, a few similar clauses of other documents, by TF-IDF cosine over
 * character bigrams plus a bonus for shared topics. Clauses already related by an editor, either
 * way, are left out.
 *
 * There is no all-pairs comparison: candidates come from an inverted index whose postings are
 * impact-ordered and cut at MAX_POSTINGS (a bigram common to thousands of clauses keeps the
 * clauses where it weighs most), looked up with each clause's QUERY_FEATURES heaviest bigrams.
 * `visits` counts the postings read, which is at most clauses × QUERY_FEATURES × MAX_POSTINGS.
 * Vectors and postings are typed arrays: at 200,000 clauses, maps of strings would take
 * gigabytes.
 */
export function findSimilar(
	clauses: Clause[],
	outgoing: Map<string, DeclaredRelation[]>,
	incoming: Map<string, DeclaredRelation[]>,
): { similar: Map<string, SimilarClause[]>; visits: number } {
	const n = clauses.length;
	const { vectors, df } = vectorize(clauses);
	const { start, length, postClause, postWeight } = buildPostings(vectors, df, MAX_POSTINGS);
	const topicOverlap = topicOverlaps(clauses);

	// Each clause's document as a number: comparing the slugs' characters was a third of the work.
	const documentOf = new Int32Array(n);
	const documentNumbers = new Map<string, number>();
	clauses.forEach((c, i) => {
		let d = documentNumbers.get(c.documentSlug);
		if (d === undefined) documentNumbers.set(c.documentSlug, (d = documentNumbers.size));
		documentOf[i] = d;
	});
	const scores = new Float64Array(n);
	const touched = new Int32Array(n);
	let visits = 0;
	const similar = new Map<string, SimilarClause[]>();
	for (let i = 0; i < n; i++) {
		const clause = clauses[i]!;
		const v = vectors[i]!;
		if (v.features.length < 4) continue;
		const heaviest = heaviestFeatures(v, QUERY_FEATURES);
		let touchedCount = 0;
		for (const k of heaviest) {
			const f = v.features[k]!;
			const from = start[f]!;
			const to = from + length[f]!;
			visits += to - from;
			touchedCount = accumulate(postClause, postWeight, from, to, v.weights[k]!, scores, touched, touchedCount);
		}
		const related = new Set([...(outgoing.get(clause.id) ?? []).map((r) => r.to), ...(incoming.get(clause.id) ?? []).map((r) => r.from)]);
		const best: SimilarClause[] = [];
		for (let t = 0; t < touchedCount; t++) {
			const j = touched[t]!;
			const textScore = scores[j]!;
			scores[j] = 0;
			// The best a candidate can score is its text score and the whole topic bonus (and a
			// thousandth for rounding, with room to spare): one that cannot reach the worst of a
			// full list is skipped.
			const ceiling = textScore + TOPIC_WEIGHT + 0.001;
			if (ceiling < MIN_SCORE || (best.length === SIMILAR_PER_CLAUSE && ceiling < best[SIMILAR_PER_CLAUSE - 1]!.score) || j === i) continue;
			if (documentOf[j] === documentOf[i]) continue;
			if (related.size > 0 && related.has(clauses[j]!.id)) continue;
			const score = Math.round((textScore + TOPIC_WEIGHT * topicOverlap(i, j)) * 1000) / 1000;
			if (score >= MIN_SCORE) keepBest(best, { id: clauses[j]!.id, score });
		}
		if (best.length > 0) similar.set(clause.id, best);
	}
	return { similar, visits };
}

/** The similar clauses of every clause (see findSimilar). */
export function computeSimilar(
	clauses: Clause[],
	outgoing: Map<string, DeclaredRelation[]>,
	incoming: Map<string, DeclaredRelation[]>,
): Map<string, SimilarClause[]> {
	return findSimilar(clauses, outgoing, incoming).similar;
}

/**
 * The positions of a vector's `count` heaviest features, heaviest first (ties: lower feature
 * first), picked in one pass rather than by sorting every feature.
 */
function heaviestFeatures(v: Vector, count: number): number[] {
	const before = (a: number, b: number) => v.weights[a]! > v.weights[b]! || (v.weights[a] === v.weights[b] && v.features[a]! < v.features[b]!);
	const top: number[] = [];
	for (let k = 0; k < v.features.length; k++) {
		if (top.length === count && !before(k, top[count - 1]!)) continue;
		let at = top.length;
		while (at > 0 && before(k, top[at - 1]!)) at--;
		top.splice(at, 0, k);
		if (top.length > count) top.pop();
	}
	return top;
}

/** Keeps the SIMILAR_PER_CLAUSE best candidates, highest score first, then by id. */
function keepBest(best: SimilarClause[], candidate: SimilarClause): void {
	const before = (a: SimilarClause, b: SimilarClause) => a.score > b.score || (a.score === b.score && a.id < b.id);
	if (best.length === SIMILAR_PER_CLAUSE && !before(candidate, best[best.length - 1]!)) return;
	let at = best.length;
	while (at > 0 && before(candidate, best[at - 1]!)) at--;
	best.splice(at, 0, candidate);
	if (best.length > SIMILAR_PER_CLAUSE) best.pop();
}

/** Adds one feature's postings to the candidates' scores; returns the new count of touched candidates. */
function accumulate(
	postClause: Int32Array,
	postWeight: Float32Array,
	from: number,
	to: number,
	w: number,
	scores: Float64Array,
	touched: Int32Array,
	touchedCount: number,
): number {
	for (let at = from; at < to; at++) {
		const j = postClause[at]!;
		if (scores[j] === 0) touched[touchedCount++] = j;
		scores[j]! += w * postWeight[at]!;
	}
	return touchedCount;
}

function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
