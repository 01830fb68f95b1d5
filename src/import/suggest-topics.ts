/**
 * Suggests topics for a new clause from the clauses editors have already tagged: a k-nearest-
 * neighbours classifier over the same character-bigram TF-IDF vectors the similar-clause index
 * uses. A clause's nearest tagged clauses vote for their topics, weighted by how alike they are;
 * the topics with a large enough share of the vote are suggested. No keyword list: as the
 * library grows, so does what it knows. Each topic's own name and description (topics.yaml) count
 * as one more tagged example, so a topic no clause carries yet can still be suggested.
 */
import { hanBigrams } from '../library/bigram-index.ts';

/** A tagged clause to learn from: its words and its topics. */
export interface TopicExample {
	text: string;
	topics: string[];
}

/** How the classifier decides; the defaults are what BENCHMARKS.md measured. */
export interface TopicOptions {
	/** neighbours that vote */
	neighbours: number;
	/** share of the vote a topic needs */
	share: number;
	/** most topics suggested for one clause */
	most: number;
}

export const defaultTopicOptions: TopicOptions = { neighbours: 8, share: 0.35, most: 3 };

/** Suggests topics for a text. */
export type TopicClassifier = (text: string) => string[];

interface Vector {
	ids: number[];
	weights: number[];
}

/** Learns from `examples` (untagged ones are left out) and returns the classifier. */
export function trainTopics(examples: TopicExample[], options: TopicOptions = defaultTopicOptions): TopicClassifier {
	const tagged = examples.filter((e) => e.topics.length > 0);
	const vocabulary = new Map<string, number>();
	const df: number[] = [];
	const counts = tagged.map((e) => {
		const c = new Map<number, number>();
		for (const g of hanBigrams(e.text)) {
			let id = vocabulary.get(g);
			if (id === undefined) {
				id = df.length;
				vocabulary.set(g, id);
				df.push(0);
			}
			c.set(id, (c.get(id) ?? 0) + 1);
		}
		for (const id of c.keys()) df[id]!++;
		return c;
	});
	const idf = df.map((d) => Math.log(1 + tagged.length / d));
	const vector = (c: Map<number, number>): Vector => {
		const ids = [...c.keys()];
		const weights = ids.map((id) => (1 + Math.log(c.get(id)!)) * idf[id]!);
		const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0)) || 1;
		return { ids, weights: weights.map((w) => w / norm) };
	};
	// Postings: for each bigram, the examples holding it and its weight there.
	const postings: [number, number][][] = df.map(() => []);
	counts.forEach((c, i) => {
		const v = vector(c);
		v.ids.forEach((id, k) => postings[id]!.push([i, v.weights[k]!]));
	});

	return (text: string) => {
		const c = new Map<number, number>();
		for (const g of hanBigrams(text)) {
			const id = vocabulary.get(g);
			if (id !== undefined) c.set(id, (c.get(id) ?? 0) + 1);
		}
		if (c.size === 0) return [];
		const q = vector(c);
		const scores = new Map<number, number>();
		q.ids.forEach((id, k) => {
			for (const [i, w] of postings[id]!) scores.set(i, (scores.get(i) ?? 0) + w * q.weights[k]!);
		});
		const nearest = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, options.neighbours);
		const total = nearest.reduce((s, [, score]) => s + score, 0);
		if (total === 0) return [];
		const votes = new Map<string, number>();
		for (const [i, score] of nearest) for (const t of tagged[i]!.topics) votes.set(t, (votes.get(t) ?? 0) + score / total);
		return [...votes]
			.filter(([, v]) => v >= options.share)
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.slice(0, options.most)
			.map(([t]) => t);
	};
}
