/**
 * The bigram index the similar-clause search runs on: each clause as a TF-IDF unit vector over
 * the character bigrams of its title and text, and an inverted index whose postings are
 * impact-ordered and capped. Typed arrays throughout: at 200,000 clauses, maps of strings would
 * take gigabytes.
 */
import type { Clause } from './types.ts';

const HAN_RUN = /\p{Script=Han}+/gu;

/** Character bigrams of the Han runs of a text, NFKC-folded (so full-width forms match). */
export function hanBigrams(text: string): string[] {
	const out: string[] = [];
	for (const [run] of text.normalize('NFKC').matchAll(HAN_RUN)) {
		for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
	}
	return out;
}

/**
 * Every clause's unit vector over bigram ids, one after another: clause i's features and their
 * weights run from vectorStart[i] to vectorStart[i + 1].
 */
export interface Vectors {
	vectorStart: Int32Array;
	features: Int32Array;
	weights: Float32Array;
}

/** Makes the typed arrays of an index: plain ones, or ones in shared memory that worker threads see without a copy. */
export type Allocate = (bytes: number) => ArrayBuffer | SharedArrayBuffer;
export const plainMemory: Allocate = (bytes) => new ArrayBuffer(bytes);
export const sharedMemory: Allocate = (bytes) => new SharedArrayBuffer(bytes);

/**
 * Each clause's TF-IDF unit vector over the bigrams of its title and text, and how many clauses
 * hold each bigram. A bigram's id is its order of first appearance, and a vector's features are
 * in the order they first appear in the clause. The bigrams are those of hanBigrams, each read
 * as one 32-bit integer of its two UTF-16 units rather than made a string, and a clause's counts
 * are kept in one array for all clauses rather than a map per clause: at 10,000 documents
 * (25 million bigrams) the strings and maps were most of the similar clauses' time.
 */
export function vectorize(clauses: Clause[], allocate: Allocate = plainMemory): Vectors & { df: number[] } {
	const n = clauses.length;
	const ids = new Map<number, number>();
	const df: number[] = [];
	let countOf = new Int32Array(1 << 16);
	const vectorStart = new Int32Array(allocate((n + 1) * 4));
	const counted = clauses.map((c, i) => {
		const touched: number[] = [];
		for (const [run] of `${c.title ?? ''}${c.text}`.normalize('NFKC').matchAll(HAN_RUN)) {
			for (let at = 0; at + 1 < run.length; at++) {
				const bigram = (run.charCodeAt(at) << 16) | run.charCodeAt(at + 1);
				let id = ids.get(bigram);
				if (id === undefined) {
					id = df.length;
					ids.set(bigram, id);
					df.push(0);
					if (id === countOf.length) {
						const grown = new Int32Array(countOf.length * 2);
						grown.set(countOf);
						countOf = grown;
					}
				}
				const seen = countOf[id]!;
				countOf[id] = seen + 1;
				if (seen === 0) touched.push(id);
			}
		}
		const counts = Int32Array.from(touched, (id) => countOf[id]!);
		for (const id of touched) {
			countOf[id] = 0;
			df[id]!++;
		}
		vectorStart[i + 1] = vectorStart[i]! + touched.length;
		return { touched, counts };
	});
	const features = new Int32Array(allocate(vectorStart[n]! * 4));
	const weights = new Float32Array(allocate(vectorStart[n]! * 4));
	counted.forEach(({ touched, counts }, i) => {
		const from = vectorStart[i]!;
		let norm = 0;
		touched.forEach((f, k) => {
			const w = (1 + Math.log(counts[k]!)) * Math.log(1 + n / df[f]!);
			features[from + k] = f;
			weights[from + k] = w;
			norm += w * w;
		});
		norm = Math.sqrt(norm) || 1;
		for (let k = from; k < from + touched.length; k++) weights[k]! /= norm;
	});
	return { vectorStart, features, weights, df };
}

/** The inverted index: for each bigram, its postings from `start[f]`, `length[f]` of them, heaviest first. */
export interface Postings {
	start: Int32Array;
	length: Int32Array;
	postClause: Int32Array;
	postWeight: Float32Array;
}

/**
 * Postings: for each bigram, (clause, weight) pairs, heaviest first, at most `cap` of them. Only
 * the kept postings are in the arrays returned, made by `allocate`.
 */
export function buildPostings({ vectorStart, features, weights }: Vectors, df: number[], cap: number, allocate: Allocate = plainMemory): Postings {
	const all = new Int32Array(df.length + 1);
	for (let f = 0; f < df.length; f++) all[f + 1] = all[f]! + df[f]!;
	const postClause = new Int32Array(all[df.length]!);
	const postWeight = new Float32Array(all[df.length]!);
	const filled = all.slice(0, df.length);
	for (let i = 0; i + 1 < vectorStart.length; i++) {
		for (let k = vectorStart[i]!; k < vectorStart[i + 1]!; k++) {
			const at = filled[features[k]!]!++;
			postClause[at] = i;
			postWeight[at] = weights[k]!;
		}
	}
	const start = new Int32Array(allocate((df.length + 1) * 4));
	const length = new Int32Array(allocate(df.length * 4));
	for (let f = 0; f < df.length; f++) {
		const count = df[f]!;
		if (count > cap) keepHeaviest(postClause, postWeight, all[f]!, count, cap);
		length[f] = Math.min(count, cap);
		start[f + 1] = start[f]! + length[f]!;
	}
	const kept = { clause: new Int32Array(allocate(start[df.length]! * 4)), weight: new Float32Array(allocate(start[df.length]! * 4)) };
	for (let f = 0; f < df.length; f++) {
		kept.clause.set(postClause.subarray(all[f], all[f]! + length[f]!), start[f]);
		kept.weight.set(postWeight.subarray(all[f], all[f]! + length[f]!), start[f]);
	}
	return { start, length, postClause: kept.clause, postWeight: kept.weight };
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
