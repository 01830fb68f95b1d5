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
	/** query terms found in the clause (or its document title) */
	matched: string[];
	/** query terms not found */
	missing: string[];
}

const IGNORED = /[\s\p{P}\p{S}]/gu;

/** Finds every start position of `term` in `text`. */
function positions(text: string, term: string): number[] {
	const out: number[] = [];
	for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) out.push(i);
	return out;
}

/** The shortest stretch of text holding one occurrence of every term (a sliding window over sorted hits). */
function smallestWindow(hits: number[][], lengths: number[]): number {
	const events = hits.flatMap((list, t) => list.map((p) => ({ p, t, end: p + lengths[t]! }))).sort((a, b) => a.p - b.p);
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

/**
 * Orders candidate clauses for a query: clauses holding the query as written come first, then
 * those with all terms close together, then all terms anywhere (the document title counts),
 * then some terms, marked partial. Within a tier: matches in the clause title, longer (more
 * specific) terms, more occurrences and shorter clauses rank higher; ties keep the order the
 * candidates came in. The same function ranks candidates from Pagefind and from the offline index.
 */
export function rankClauses(query: string, terms: string[], candidates: RankCandidate[]): RankedClause[] {
	const phrase = fold(query).replace(IGNORED, '');
	const ranked: { clause: RankedClause; order: number }[] = [];
	candidates.forEach((c, order) => {
		const title = fold(c.title);
		const body = fold(`${c.title}\n${c.text}`);
		const context = fold(`${c.documentTitle} ${c.number}`);
		const hits = terms.map((t) => positions(body, t));
		const matched = terms.filter((t, i) => hits[i]!.length > 0 || context.includes(t));
		if (matched.length === 0) return;
		const missing = terms.filter((t) => !matched.includes(t));
		const inBody = hits.every((h) => h.length > 0);
		const span = Math.max(24, 4 * terms.reduce((n, t) => n + t.length, 0));
		let tier: MatchTier;
		if (phrase.length > 0 && body.replace(IGNORED, '').includes(phrase)) tier = 'exact';
		else if (
			inBody &&
			terms.length > 1 &&
			smallestWindow(
				hits,
				terms.map((t) => t.length),
			) <= span
		)
			tier = 'near';
		else if (missing.length === 0) tier = 'all';
		else tier = 'partial';
		const weight = (t: string) => Math.min(t.length, 4);
		const coverage = matched.reduce((n, t) => n + weight(t), 0) / terms.reduce((n, t) => n + weight(t), 0);
		let score = 0;
		for (const [i, t] of terms.entries()) {
			if (hits[i]!.length > 0) score += weight(t) * (1 + Math.log(hits[i]!.length));
			if (title.includes(t)) score += 2 * weight(t);
		}
		if (phrase.length > 0 && title.replace(IGNORED, '').includes(phrase)) score += 6;
		score -= 1.5 * Math.log(1 + body.length / 300);
		ranked.push({ clause: { id: c.id, tier, score: tier === 'partial' ? coverage * 100 + score : score, matched, missing }, order });
	});
	ranked.sort((a, b) => tiers.indexOf(a.clause.tier) - tiers.indexOf(b.clause.tier) || b.clause.score - a.clause.score || a.order - b.order);
	return ranked.map((r) => r.clause);
}
