/**
 * Query expansion by the editors' synonym groups (content/synonyms.yaml): a reader who types
 * 骑手 finds the clause about 外卖送餐员, one who asks about 钱 finds 经费. Each group is one
 * concept and its wordings; a query word that is one of them is searched as all of them, and the
 * results say which wording matched. Pure, used by the search page served and from disk alike.
 */
import { numberWordings } from './numerals.ts';
import { fold } from './segment.ts';

/** A concept's wordings, folded as the index is: `words` mean the concept, `near` come close. */
export interface SynonymGroup {
	words: string[];
	near: string[];
}

/** One way of writing a query word, and how much a match by it counts (1 for the word as typed). */
export interface Wording {
	text: string;
	weight: number;
}

/** How much a match by another wording counts: one of the concept's words, or a near-synonym. */
export const SYNONYM_WEIGHT = 0.9;
export const NEAR_WEIGHT = 0.6;

/** Folds each group's wordings as the index folds text. */
export function foldGroups(groups: readonly { words: readonly string[]; near?: readonly string[] }[]): SynonymGroup[] {
	return groups.map((g) => ({ words: g.words.map(fold), near: (g.near ?? []).map(fold) }));
}

/** Every wording of the groups that is more than one character: kept whole by the segmenter, like the vocabulary. */
export function synonymTerms(groups: readonly SynonymGroup[]): string[] {
	return groups.flatMap((g) => [...g.words, ...g.near]).filter((w) => Array.from(w).length > 1);
}

/**
 * The wordings a folded query word is searched as: itself first, then the other wordings of
 * every group that holds it, best first. A single character is never reached from another
 * wording (钱 is searched only when typed), or it would match nearly everywhere.
 */
export function expandTerm(term: string, groups: readonly SynonymGroup[]): Wording[] {
	const best = new Map<string, number>([[term, 1]]);
	const offer = (text: string, weight: number) => {
		if (Array.from(text).length > 1 && (best.get(text) ?? 0) < weight) best.set(text, weight);
	};
	for (const other of numberWordings(term)) offer(other, SYNONYM_WEIGHT);
	for (const g of groups) {
		const isWord = g.words.includes(term);
		if (!isWord && !g.near.includes(term)) continue;
		for (const w of g.words) offer(w, SYNONYM_WEIGHT);
		for (const w of g.near) offer(w, isWord ? NEAR_WEIGHT : NEAR_WEIGHT * SYNONYM_WEIGHT);
	}
	return [...best].map(([text, weight]) => ({ text, weight })).sort((a, b) => b.weight - a.weight || b.text.length - a.text.length);
}
