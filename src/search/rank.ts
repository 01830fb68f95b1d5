import type { AnalysedQuery } from './query.ts';
import { compact } from './query.ts';
import { answerSpans } from './question.ts';
import { fold } from './segment.ts';

/** How well a clause matches, best first. */
export const tiers = ['exact', 'near', 'all', 'partial'] as const;
export type MatchTier = (typeof tiers)[number];

/** What the ranking needs to know of a clause. */
export interface RankCandidate {
	id: string;
	/** the clause's document title */
	documentTitle: string;
	/** the clause's number path as printed, e.g. 四、15 */
	number: string;
	title: string;
	text: string;
}

export interface RankedClause {
	id: string;
	tier: MatchTier;
	score: number;
	/** query words found in the clause (or its document title) */
	matched: string[];
	/** query words not found */
	missing: string[];
	/** the wordings found in the clause, to mark: the words as typed, or the synonyms they were found by */
	found: string[];
	/** query words found only by another wording: [as typed, as found] */
	via: [string, string][];
	/** whether the clause states what a question asks for (a time for 多久, an amount for 多少钱) */
	answers: boolean;
}

/** Finds every start position of `term` in `text`. */
function positions(text: string, term: string): number[] {
	const out: number[] = [];
	for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) out.push(i);
	return out;
}

/** The shortest stretch of text holding one occurrence of every list (a sliding window over sorted hits). */
function smallestWindow(hits: [number, number][][]): number {
	const events = hits.flatMap((list, t) => list.map(([p, length]) => ({ p, t, end: p + length }))).sort((a, b) => a.p - b.p);
	const count = new Array<number>(hits.length).fill(0);
	let covered = 0;
	let best = Number.POSITIVE_INFINITY;
	let left = 0;
	for (let right = 0; right < events.length; right++) {
		const e = events[right]!;
		if (count[e.t] === 0) covered++;
		count[e.t] = count[e.t]! + 1;
		while (covered === hits.length) {
			const first = events[left]!;
			let end = 0;
			for (let k = left; k <= right; k++) end = Math.max(end, events[k]!.end);
			best = Math.min(best, end - first.p);
			count[first.t] = count[first.t]! - 1;
			if (count[first.t] === 0) covered--;
			left++;
		}
	}
	return best;
}

/** How much a word counts: longer words are more specific (up to four characters). */
const lengthWeight = (t: string) => Math.min(Array.from(t).length, 4);
/** How much stating the answer counts, against a word's length weight. */
const ANSWER_WEIGHT = 3;

/**
 * Orders candidate clauses for a query: clauses holding the query as written come first, then
 * those with all its words close together, then all its words anywhere (the document title
 * counts), then some of them, marked partial. A word counts as found when any of its wordings
 * is (a synonym a little less than the word as typed). For a question about a time or a
 * quantity, a clause that states one (3个月内, 2万元) ranks above one that only shares the
 * words, and "close together" includes the answer. Within a tier: matches in the clause title,
 * longer words, more occurrences and shorter clauses rank higher; ties keep the order the
 * candidates came in. The same function ranks candidates from Pagefind and from the offline index.
 */
export function rankClauses(query: AnalysedQuery, candidates: RankCandidate[]): RankedClause[] {
	const { terms, phrase, answer } = query;
	const ranked: { clause: RankedClause; order: number }[] = [];
	candidates.forEach((c, order) => {
		const title = fold(c.title);
		const body = fold(`${c.title}\n${c.text}`);
		const context = fold(`${c.documentTitle} ${c.number}`);
		const found: string[] = [];
		const via: [string, string][] = [];
		// Per word: where its wordings stand in the body, and how much the best one found counts.
		const hits = terms.map((t) => {
			const spots: [number, number][] = [];
			let weight = 0;
			let best = '';
			// Longest wording first, so that one inside another (团青比 in 团青比例) is not counted twice.
			for (const w of [...t.wordings].sort((a, b) => b.text.length - a.text.length)) {
				const at = positions(body, w.text).filter((p) => !spots.some(([from, length]) => p >= from && p + w.text.length <= from + length));
				if (at.length === 0 && !context.includes(w.text)) continue;
				for (const p of at) spots.push([p, w.text.length]);
				if (at.length > 0) found.push(w.text);
				if (w.weight > weight) {
					weight = w.weight;
					best = w.text;
				}
			}
			if (best && best !== t.text) via.push([t.text, best]);
			return { spots, weight };
		});
		const matched = terms.filter((_, i) => hits[i]!.weight > 0).map((t) => t.text);
		if (matched.length === 0) return;
		const missing = terms.filter((_, i) => hits[i]!.weight === 0).map((t) => t.text);
		const answerAt = answer ? answerSpans(body, answer) : [];
		const inBody = hits.every((h) => h.spots.length > 0);
		const span = Math.max(24, 4 * terms.reduce((n, t) => n + t.text.length, 0) + (answer ? 8 : 0));
		const lists = [...hits.map((h) => h.spots), ...(answer && answerAt.length > 0 ? [answerAt] : [])];
		let tier: MatchTier;
		if (phrase.length > 0 && compact(body).includes(phrase)) {
			tier = 'exact';
			// Marked whole, so a term printed with quotation marks inside (“三会一课”制度) is marked as printed.
			if (terms.length > 1) found.unshift(phrase);
		} else if (inBody && lists.length > 1 && (!answer || answerAt.length > 0) && smallestWindow(lists) <= span) tier = 'near';
		else if (missing.length === 0) tier = 'all';
		else tier = 'partial';
		const total = terms.reduce((n, t) => n + lengthWeight(t.text), 0) + (answer ? ANSWER_WEIGHT : 0);
		const got = terms.reduce((n, t, i) => n + lengthWeight(t.text) * hits[i]!.weight, 0) + (answerAt.length > 0 ? ANSWER_WEIGHT : 0);
		let score = 0;
		for (const [i, t] of terms.entries()) {
			const h = hits[i]!;
			if (h.spots.length > 0) score += lengthWeight(t.text) * h.weight * (1 + Math.log(h.spots.length));
			if (t.wordings.some((w) => title.includes(w.text))) score += 2 * lengthWeight(t.text) * h.weight;
		}
		if (answerAt.length > 0) score += 2 * ANSWER_WEIGHT;
		if (phrase.length > 0 && compact(title).includes(phrase)) score += 6;
		score -= 1.5 * Math.log(1 + body.length / 300);
		const answers = answerAt.length > 0;
		ranked.push({ clause: { id: c.id, tier, score: tier === 'partial' ? (got / total) * 100 + score : score, matched, missing, found, via, answers }, order });
	});
	ranked.sort((a, b) => tiers.indexOf(a.clause.tier) - tiers.indexOf(b.clause.tier) || b.clause.score - a.clause.score || a.order - b.order);
	return ranked.map((r) => r.clause);
}
