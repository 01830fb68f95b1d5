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

/** Character bigrams of the Han runs of a text, NFKC-folded (so full-width forms match). */
export function hanBigrams(text: string): string[] {
	const out: string[] = [];
	for (const run of text.normalize('NFKC').match(/\p{Script=Han}+/gu) ?? []) {
		for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
	}
	return out;
}

/** A clause as a unit vector over bigram ids. */
interface Vector {
	features: Int32Array;
	weights: Float32Array;
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
	const ids = new Map<string, number>();
	const df: number[] = [];
	const counted = clauses.map((c) => {
		const counts = new Map<number, number>();
		for (const g of hanBigrams(`${c.title ?? ''}${c.text}`)) {
			let id = ids.get(g);
			if (id === undefined) {
				id = df.length;
				ids.set(g, id);
				df.push(0);
			}
			counts.set(id, (counts.get(id) ?? 0) + 1);
		}
		for (const id of counts.keys()) df[id]!++;
		return counts;
	});
	const vectors: Vector[] = counted.map((counts) => {
		const features = Int32Array.from(counts.keys());
		const weights = new Float32Array(features.length);
		let norm = 0;
		features.forEach((f, k) => {
			const w = (1 + Math.log(counts.get(f)!)) * Math.log(1 + n / df[f]!);
			weights[k] = w;
			norm += w * w;
		});
		norm = Math.sqrt(norm) || 1;
		for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
		return { features, weights };
	});
	counted.length = 0;

	// Postings: for each bigram, (clause, weight) pairs, heaviest first, at most MAX_POSTINGS.
	const start = new Int32Array(df.length + 1);
	for (let f = 0; f < df.length; f++) start[f + 1] = start[f]! + df[f]!;
	const postClause = new Int32Array(start[df.length]!);
	const postWeight = new Float32Array(start[df.length]!);
	const filled = start.slice(0, df.length);
	vectors.forEach((v, i) => {
		v.features.forEach((f, k) => {
			const at = filled[f]!++;
			postClause[at] = i;
			postWeight[at] = v.weights[k]!;
		});
	});
	const length = new Int32Array(df.length);
	for (let f = 0; f < df.length; f++) {
		const from = start[f]!;
		const count = df[f]!;
		if (count > MAX_POSTINGS) keepHeaviest(postClause, postWeight, from, count);
		length[f] = Math.min(count, MAX_POSTINGS);
	}

	// Topics as bit sets, so the topic bonus of a candidate costs a few integer operations.
	const topicBits = new Map<string, number>();
	for (const c of clauses) for (const t of c.topics) if (!topicBits.has(t)) topicBits.set(t, topicBits.size);
	const words = Math.max(1, Math.ceil(topicBits.size / 32));
	const topics = new Uint32Array(n * words);
	clauses.forEach((c, i) => {
		for (const t of c.topics) topics[i * words + (topicBits.get(t)! >>> 5)]! |= 1 << (topicBits.get(t)! & 31);
	});
	const topicOverlap = (i: number, j: number): number => {
		let shared = 0;
		let either = 0;
		for (let w = 0; w < words; w++) {
			shared += popcount(topics[i * words + w]! & topics[j * words + w]!);
			either += popcount(topics[i * words + w]! | topics[j * words + w]!);
		}
		return either === 0 ? 0 : shared / either;
	};

	const scores = new Float64Array(n);
	const touched = new Int32Array(n);
	let visits = 0;
	const similar = new Map<string, SimilarClause[]>();
	for (let i = 0; i < n; i++) {
		const clause = clauses[i]!;
		const v = vectors[i]!;
		if (v.features.length < 4) continue;
		const heaviest = Array.from(v.features.keys())
			.sort((a, b) => v.weights[b]! - v.weights[a]! || v.features[a]! - v.features[b]!)
			.slice(0, QUERY_FEATURES);
		let touchedCount = 0;
		for (const k of heaviest) {
			const f = v.features[k]!;
			const w = v.weights[k]!;
			const from = start[f]!;
			const to = from + length[f]!;
			visits += to - from;
			touchedCount = accumulate(postClause, postWeight, from, to, w, scores, touched, touchedCount);
		}
		const related = new Set([...(outgoing.get(clause.id) ?? []).map((r) => r.to), ...(incoming.get(clause.id) ?? []).map((r) => r.from)]);
		const best: SimilarClause[] = [];
		for (let t = 0; t < touchedCount; t++) {
			const j = touched[t]!;
			const textScore = scores[j]!;
			scores[j] = 0;
			if (textScore + TOPIC_WEIGHT < MIN_SCORE || j === i) continue;
			const other = clauses[j]!;
			if (other.documentSlug === clause.documentSlug || related.has(other.id)) continue;
			const score = Math.round((textScore + TOPIC_WEIGHT * topicOverlap(i, j)) * 1000) / 1000;
			if (score >= MIN_SCORE) keepBest(best, { id: other.id, score });
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
 * Moves the MAX_POSTINGS heaviest postings of a list to its front, heaviest first (ties: lower
 * clause first). A bounded heap, not a sort: a bigram in 100,000 clauses costs 100,000 × log 128.
 */
function keepHeaviest(postClause: Int32Array, postWeight: Float32Array, from: number, count: number): void {
	// Min-heap of positions by (weight, then higher clause index as lighter).
	const heap: number[] = [];
	const lighter = (a: number, b: number) => postWeight[a]! < postWeight[b]! || (postWeight[a] === postWeight[b] && postClause[a]! > postClause[b]!);
	const down = (i: number) => {
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let m = i;
			if (l < heap.length && lighter(heap[l]!, heap[m]!)) m = l;
			if (r < heap.length && lighter(heap[r]!, heap[m]!)) m = r;
			if (m === i) return;
			[heap[i], heap[m]] = [heap[m]!, heap[i]!];
			i = m;
		}
	};
	for (let at = from; at < from + count; at++) {
		if (heap.length < MAX_POSTINGS) {
			heap.push(at);
			for (let i = heap.length - 1; i > 0;) {
				const p = (i - 1) >> 1;
				if (!lighter(heap[i]!, heap[p]!)) break;
				[heap[i], heap[p]] = [heap[p]!, heap[i]!];
				i = p;
			}
		} else if (lighter(heap[0]!, at)) {
			heap[0] = at;
			down(0);
		}
	}
	const kept = heap.sort((a, b) => (lighter(a, b) ? 1 : lighter(b, a) ? -1 : 0)).map((at) => [postClause[at]!, postWeight[at]!] as const);
	kept.forEach(([c, w], k) => {
		postClause[from + k] = c;
		postWeight[from + k] = w;
	});
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
