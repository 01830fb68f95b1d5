/**
 * Computed relations: the few clauses of other documents most like each clause, from an
 * inverted index over character bigrams with bounded work per clause, never from comparing
 * every pair (the library reaches 200,000 clauses).
 */
import { buildPostings, plainMemory, sharedMemory, vectorize, type Postings } from './bigram-index.ts';
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

/**
 * What the similar-clause search runs on, built once for the whole library. Every part is a
 * typed array (in shared memory when built for several threads, see similar-parallel.ts) except
 * the clause ids, so that a worker thread searches the same index without a copy.
 */
export interface SimilarIndex {
	ids: string[];
	/** clause i's TF-IDF vector: features and weights from vectorStart[i] to vectorStart[i + 1] */
	vectorStart: Int32Array;
	features: Int32Array;
	weights: Float32Array;
	postings: Postings;
	/** clause i's topics as bits, topicWords 32-bit words from i × topicWords */
	topics: Uint32Array;
	topicWords: number;
	/** each clause's document, as a number: comparing the slugs' characters was a third of the work */
	documentOf: Int32Array;
	/** the clauses an editor related to clause i, either way: from relatedStart[i] to relatedStart[i + 1] */
	relatedStart: Int32Array;
	related: Int32Array;
}

/**
 * Builds the index of `clauses` (see findSimilar). `shared` puts its arrays in shared memory, for
 * a search spread over worker threads.
 */
export function similarIndex(
	clauses: Clause[],
	outgoing: Map<string, DeclaredRelation[]>,
	incoming: Map<string, DeclaredRelation[]>,
	{ shared = false } = {},
): SimilarIndex {
	const n = clauses.length;
	const allocate = shared ? sharedMemory : plainMemory;
	const { vectorStart, features, weights, df } = vectorize(clauses, allocate);
	const postings = buildPostings({ vectorStart, features, weights }, df, MAX_POSTINGS, allocate);

	const topicBits = new Map<string, number>();
	for (const c of clauses) for (const t of c.topics) if (!topicBits.has(t)) topicBits.set(t, topicBits.size);
	const topicWords = Math.max(1, Math.ceil(topicBits.size / 32));
	const topics = new Uint32Array(allocate(n * topicWords * 4));
	clauses.forEach((c, i) => {
		for (const t of c.topics) topics[i * topicWords + (topicBits.get(t)! >>> 5)]! |= 1 << (topicBits.get(t)! & 31);
	});

	const documentOf = new Int32Array(allocate(n * 4));
	const documentNumbers = new Map<string, number>();
	clauses.forEach((c, i) => {
		let d = documentNumbers.get(c.documentSlug);
		if (d === undefined) documentNumbers.set(c.documentSlug, (d = documentNumbers.size));
		documentOf[i] = d;
	});

	const indexOf = new Map(clauses.map((c, i) => [c.id, i]));
	const relatedLists = clauses.map((c) =>
		[...(outgoing.get(c.id) ?? []).map((r) => r.to), ...(incoming.get(c.id) ?? []).map((r) => r.from)].flatMap((id) => indexOf.get(id) ?? []),
	);
	const relatedStart = new Int32Array(allocate((n + 1) * 4));
	relatedLists.forEach((l, i) => (relatedStart[i + 1] = relatedStart[i]! + l.length));
	const related = new Int32Array(allocate(relatedStart[n]! * 4));
	relatedLists.forEach((l, i) => {
		related.set(l, relatedStart[i]);
	});

	return { ids: clauses.map((c) => c.id), vectorStart, features, weights, postings, topics, topicWords, documentOf, relatedStart, related };
}

/** One thread's working memory for searching an index of `n` clauses. */
export interface SearchScratch {
	scores: Float64Array;
	touched: Int32Array;
	/** postings read so far */
	visits: number;
}

export function searchScratch(n: number): SearchScratch {
	return { scores: new Float64Array(n), touched: new Int32Array(n), visits: 0 };
}

/** The similar clauses of clause `i` (see findSimilar), best first, as positions in the index. */
export function similarTo(index: SimilarIndex, i: number, scratch: SearchScratch): { j: number; score: number }[] {
	const { ids, vectorStart, features, weights, postings, documentOf, relatedStart, related } = index;
	const { start, length, postClause, postWeight } = postings;
	const { scores, touched } = scratch;
	const from = vectorStart[i]!;
	const count = vectorStart[i + 1]! - from;
	if (count < 4) return [];
	let touchedCount = 0;
	for (const k of heaviestFeatures(features, weights, from, count, QUERY_FEATURES)) {
		const f = features[k]!;
		const first = start[f]!;
		const last = first + length[f]!;
		scratch.visits += last - first;
		touchedCount = accumulate(postClause, postWeight, first, last, weights[k]!, scores, touched, touchedCount);
	}
	const best: { j: number; score: number }[] = [];
	const before = (a: { j: number; score: number }, b: { j: number; score: number }) => a.score > b.score || (a.score === b.score && ids[a.j]! < ids[b.j]!);
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
		if (isRelated(related, relatedStart[i]!, relatedStart[i + 1]!, j)) continue;
		const score = Math.round((textScore + TOPIC_WEIGHT * topicOverlap(index, i, j)) * 1000) / 1000;
		if (score >= MIN_SCORE) keepBest(best, { j, score }, before);
	}
	return best;
}

function isRelated(related: Int32Array, from: number, to: number, j: number): boolean {
	for (let at = from; at < to; at++) if (related[at] === j) return true;
	return false;
}

/** The Jaccard overlap of two clauses' topics, from their topic bits: a few integer operations per candidate. */
function topicOverlap({ topics, topicWords }: SimilarIndex, i: number, j: number): number {
	let shared = 0;
	let either = 0;
	for (let w = 0; w < topicWords; w++) {
		shared += popcount(topics[i * topicWords + w]! & topics[j * topicWords + w]!);
		either += popcount(topics[i * topicWords + w]! | topics[j * topicWords + w]!);
	}
	return either === 0 ? 0 : shared / either;
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
	const index = similarIndex(clauses, outgoing, incoming);
	const scratch = searchScratch(clauses.length);
	const similar = new Map<string, SimilarClause[]>();
	for (let i = 0; i < clauses.length; i++) {
		const best = similarTo(index, i, scratch);
		if (best.length > 0)
			similar.set(
				index.ids[i]!,
				best.map(({ j, score }) => ({ id: index.ids[j]!, score })),
			);
	}
	return { similar, visits: scratch.visits };
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
 * The positions (in `features`) of a vector's `count` heaviest features, heaviest first (ties:
 * lower feature first), picked in one pass rather than by sorting every feature.
 */
function heaviestFeatures(features: Int32Array, weights: Float32Array, from: number, size: number, count: number): number[] {
	const before = (a: number, b: number) => weights[a]! > weights[b]! || (weights[a] === weights[b] && features[a]! < features[b]!);
	const top: number[] = [];
	for (let k = from; k < from + size; k++) {
		if (top.length === count && !before(k, top[count - 1]!)) continue;
		let at = top.length;
		while (at > 0 && before(k, top[at - 1]!)) at--;
		top.splice(at, 0, k);
		if (top.length > count) top.pop();
	}
	return top;
}

/** Keeps the SIMILAR_PER_CLAUSE best candidates, by `before` (highest score first, then by id). */
function keepBest<T>(best: T[], candidate: T, before: (a: T, b: T) => boolean): void {
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
