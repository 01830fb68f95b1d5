/**
 * How closely a drafted clause tree agrees with a curated one: the share of the curated clauses
 * the draft has with the same printed number, the same title and the same parent (and so the
 * same ancestors), each counted once. BENCHMARKS.md reports it for the seed documents, and a
 * test holds it, so a change to the importer that reads documents worse shows at once.
 */
import { trainTopics, type TopicExample, type TopicOptions } from './suggest-topics.ts';

/** A clause as the comparison reads it. */
export interface TreeClause {
	id: string;
	n: string | null;
	title: string | null;
	role: 'preamble' | 'closing' | null;
	parentId: string | null;
}

/** Clauses found and missed. */
export interface Agreement {
	total: number;
	found: number;
	/** the curated clauses the draft lacks, as their paths (一、/01 切实加强党的全面领导) */
	missing: string[];
}

/** Each clause's path: its ancestors' and its own number, title or role. */
function paths(clauses: TreeClause[]): string[] {
	const byId = new Map(clauses.map((c) => [c.id, c]));
	const own = (c: TreeClause) => `${c.role ?? ''}${c.n?.trim() ?? ''} ${c.title ?? ''}`.trim();
	const path = (c: TreeClause): string => {
		const parent = c.parentId === null ? undefined : byId.get(c.parentId);
		return parent ? `${path(parent)} / ${own(c)}` : own(c);
	};
	return clauses.map(path);
}

/** The share of `curated` clauses that `drafted` has with the same number, title and ancestors. */
export function treeAgreement(curated: TreeClause[], drafted: TreeClause[]): Agreement {
	const available = new Map<string, number>();
	for (const p of paths(drafted)) available.set(p, (available.get(p) ?? 0) + 1);
	const missing: string[] = [];
	let found = 0;
	for (const p of paths(curated)) {
		const left = available.get(p) ?? 0;
		if (left > 0) {
			found++;
			available.set(p, left - 1);
		} else missing.push(p);
	}
	return { total: curated.length, found, missing };
}

/** Precision and recall of suggested topics against an editor's, over clauses. */
export interface TopicScore {
	clauses: number;
	suggested: number;
	tagged: number;
	correct: number;
	precision: number;
	recall: number;
}

/**
 * Scores the topic classifier leaving one document out at a time: each document's clauses are
 * classified by a classifier trained on the other documents only (and `always`, the topics'
 * descriptions), as a new document would be.
 */
export function topicSuggestionScore(byDocument: Map<string, TopicExample[]>, options?: TopicOptions, always: TopicExample[] = []): TopicScore {
	const score: TopicScore = { clauses: 0, suggested: 0, tagged: 0, correct: 0, precision: 0, recall: 0 };
	for (const [doc, examples] of byDocument) {
		const others = [...always, ...[...byDocument].filter(([d]) => d !== doc).flatMap(([, e]) => e)];
		const classify = trainTopics(others, options);
		for (const e of examples) {
			if (e.topics.length === 0) continue;
			const suggested = classify(e.text);
			score.clauses++;
			score.suggested += suggested.length;
			score.tagged += e.topics.length;
			score.correct += suggested.filter((t) => e.topics.includes(t)).length;
		}
	}
	score.precision = score.suggested === 0 ? 0 : score.correct / score.suggested;
	score.recall = score.tagged === 0 ? 0 : score.correct / score.tagged;
	return score;
}
