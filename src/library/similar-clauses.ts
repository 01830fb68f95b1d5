import type { Clause, DeclaredRelation, SimilarClause } from './types.ts';

/** How many computed neighbours a clause shows. */
export const SIMILAR_PER_CLAUSE = 3;
/** Features used to look up candidates: the clause's most distinctive bigrams. */
const QUERY_FEATURES = 16;
/** Bigrams in more clauses than this are too common to find neighbours by; this cap keeps the work per clause constant as the library grows. */
const MAX_POSTINGS = 400;
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

/**
 * Finds, for every clause, a few similar clauses of other documents, by TF-IDF cosine over
 * character bigrams plus a bonus for shared topics.
 *
 * Candidates come from an inverted index, looked up with each clause's most distinctive
 * bigrams only, and postings of very common bigrams are skipped: the work per clause is bounded
 * by a constant, so the whole computation grows linearly with the number of clauses instead of
 * comparing every pair. Clauses already related by an editor, either way, are left out.
 */
export function computeSimilar(clauses: Clause[], outgoing: Map<string, DeclaredRelation[]>, incoming: Map<string, DeclaredRelation[]>): Map<string, SimilarClause[]> {
	const n = clauses.length;
	const tf = clauses.map((c) => {
		const counts = new Map<string, number>();
		for (const g of hanBigrams(`${c.title ?? ''}${c.text}`)) counts.set(g, (counts.get(g) ?? 0) + 1);
		return counts;
	});
	const postings = new Map<string, number[]>();
	tf.forEach((counts, i) => {
		for (const g of counts.keys()) {
			const list = postings.get(g);
			if (list) list.push(i);
			else postings.set(g, [i]);
		}
	});
	const idf = (g: string) => Math.log(1 + n / (postings.get(g)?.length ?? 1));
	const vectors = tf.map((counts) => {
		const weights = new Map<string, number>();
		let norm = 0;
		for (const [g, c] of counts) {
			const w = (1 + Math.log(c)) * idf(g);
			weights.set(g, w);
			norm += w * w;
		}
		norm = Math.sqrt(norm) || 1;
		for (const [g, w] of weights) weights.set(g, w / norm);
		return weights;
	});

	const result = new Map<string, SimilarClause[]>();
	clauses.forEach((clause, i) => {
		const v = vectors[i]!;
		if (v.size < 4) return;
		const related = new Set([...(outgoing.get(clause.id) ?? []).map((r) => r.to), ...(incoming.get(clause.id) ?? []).map((r) => r.from)]);
		const features = [...v.entries()]
			.filter(([g]) => (postings.get(g)?.length ?? 0) <= MAX_POSTINGS)
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.slice(0, QUERY_FEATURES);
		const partial = new Map<number, number>();
		for (const [g, w] of features) {
			for (const j of postings.get(g)!) {
				if (j === i || clauses[j]!.documentSlug === clause.documentSlug) continue;
				partial.set(j, (partial.get(j) ?? 0) + w * vectors[j]!.get(g)!);
			}
		}
		const scored: SimilarClause[] = [];
		for (const [j, textScore] of partial) {
			const other = clauses[j]!;
			if (related.has(other.id)) continue;
			const score = textScore + TOPIC_WEIGHT * jaccard(clause.topics, other.topics);
			if (score >= MIN_SCORE) scored.push({ id: other.id, score: Math.round(score * 1000) / 1000 });
		}
		scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
		if (scored.length > 0) result.set(clause.id, scored.slice(0, SIMILAR_PER_CLAUSE));
	});
	return result;
}

function jaccard(a: string[], b: string[]): number {
	if (a.length === 0 || b.length === 0) return 0;
	const sb = new Set(b);
	const shared = a.filter((x) => sb.has(x)).length;
	return shared / (a.length + b.length - shared);
}
