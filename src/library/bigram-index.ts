/**
 * The bigram index the similar-clause search runs on: each clause as a TF-IDF unit vector over
 * the character bigrams of its title and text, and an inverted index whose postings are
 * impact-ordered and capped. Typed arrays throughout: at 200,000 clauses, maps of strings would
 * take gigabytes.
 */
import type { Clause } from './types.ts';

/** Character bigrams of the Han runs of a text, NFKC-folded (so full-width forms match). */
export function hanBigrams(text: string): string[] {
	const out: string[] = [];
	for (const run of text.normalize('NFKC').match(/\p{Script=Han}+/gu) ?? []) {
		for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
	}
	return out;
}

/** A clause as a unit vector over bigram ids. */
export interface Vector {
	features: Int32Array;
	weights: Float32Array;
}

/** Each clause's TF-IDF unit vector over the bigrams of its title and text, and how many clauses hold each bigram. */
export function vectorize(clauses: Clause[]): { vectors: Vector[]; df: number[] } {
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
	return { vectors, df };
}

/** The inverted index: for each bigram, its postings from `start[f]`, `length[f]` of them, heaviest first. */
export interface Postings {
	start: Int32Array;
	length: Int32Array;
	postClause: Int32Array;
	postWeight: Float32Array;
}

/** Postings: for each bigram, (clause, weight) pairs, heaviest first, at most `cap` of them. */
export function buildPostings(vectors: Vector[], df: number[], cap: number): Postings {
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
		if (count > cap) keepHeaviest(postClause, postWeight, from, count, cap);
		length[f] = Math.min(count, cap);
	}
	return { start, length, postClause, postWeight };
}

/**
 * Moves the `cap` heaviest postings of a list to its front, heaviest first (ties: lower clause
 * first). A bounded heap, not a sort: a bigram in 100,000 clauses costs 100,000 × log 128.
 */
function keepHeaviest(postClause: Int32Array, postWeight: Float32Array, from: number, count: number, cap: number): void {
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
		if (heap.length < cap) {
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
