/**
 * Carries clause ids from a document's current version to its revision, so a provision keeps
 * its links across versions. Each clause of the revision pairs with at most one clause of the
 * earlier version: identical text first, then the most alike texts above SAME_PROVISION (the
 * compare page's threshold), best first; a heading (no text of its own) pairs with a heading by
 * its title. The number plays no part but to break ties, so a renumbered clause keeps its id. A
 * paired clause takes the earlier id; the rest get fresh ids, none in `taken`. Pure.
 */
import { similarity } from '../compare/char-diff.ts';
import { SAME_PROVISION } from '../compare/compare-documents.ts';
import { clauseLabel } from '../library/clause-label.ts';
import type { Random } from '../utils/random.ts';
import { drawId } from './ids.ts';
import type { OutlineClause } from './types.ts';

/** A clause of the version being revised, as the pairing needs it (from the library model). */
export interface EarlierClause {
	id: string;
	/** printed numbers of its ancestors and itself, e.g. ["四、", "15"] */
	numberPath: string[];
	title: string | null;
	role: 'preamble' | 'closing' | null;
	/** its own paragraphs, without its sub-clauses; '' for a heading */
	text: string;
}

/** A clause of the revision that took an earlier id: identical, or changed and how alike (0–100, rounded down). */
export interface MatchedClause {
	id: string;
	before: string;
	after: string;
	identical: boolean;
	percent: number;
}

/** Which ids carried over, which clauses are new and which earlier clauses are gone. */
export interface CarryReport {
	matched: MatchedClause[];
	new: { id: string; label: string }[];
	gone: { id: string; label: string }[];
}

interface Side {
	numberPath: string[];
	/** what is compared: the text, or a heading's title */
	key: string;
	heading: boolean;
}

/** The revision's clauses in reading order, with their number paths and own text. */
function revisionClauses(clauses: OutlineClause[]): EarlierClause[] {
	const out: EarlierClause[] = [];
	const walk = (c: OutlineClause, path: string[]) => {
		const numberPath = c.n === null ? path : [...path, c.n];
		const text = c.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])).join('');
		out.push({ id: '', numberPath, title: c.title, role: c.role, text });
		for (const b of c.blocks) if (b.kind === 'clause') walk(b.clause, numberPath);
	};
	for (const c of clauses) walk(c, []);
	return out;
}

const side = (c: EarlierClause): Side => ({ numberPath: c.numberPath, key: c.text === '' ? (c.title ?? '') : c.text, heading: c.text === '' });

/** How alike two clauses are, or null when they cannot be the same provision. */
function score(a: Side, b: Side): number | null {
	if (a.heading !== b.heading) return null;
	if (a.key === b.key) return 1;
	const [m, n] = [Array.from(a.key).length, Array.from(b.key).length];
	// The shared characters cannot outnumber the shorter text: skip pairs that could never reach the threshold.
	if ((2 * Math.min(m, n)) / (m + n) < SAME_PROVISION) return null;
	const s = similarity(a.key, b.key);
	return s >= SAME_PROVISION ? s : null;
}

/**
 * Pairs each clause of the revision (`j`) with at most one earlier clause (`i`), greedily, best
 * score first; ties go to the same number path, then to reading order.
 */
function pair(earlier: Side[], revision: Side[]): Map<number, { i: number; score: number }> {
	const candidates: { i: number; j: number; score: number; samePath: boolean }[] = [];
	revision.forEach((b, j) => {
		earlier.forEach((a, i) => {
			const s = score(a, b);
			if (s !== null) candidates.push({ i, j, score: s, samePath: a.numberPath.join('') === b.numberPath.join('') });
		});
	});
	candidates.sort((x, y) => y.score - x.score || Number(y.samePath) - Number(x.samePath) || x.j - y.j || x.i - y.i);
	const pairs = new Map<number, { i: number; score: number }>();
	const used = new Set<number>();
	for (const { i, j, score: s } of candidates) {
		if (pairs.has(j) || used.has(i)) continue;
		pairs.set(j, { i, score: s });
		used.add(i);
	}
	return pairs;
}

/**
 * The ids of a revision's clauses in reading order (as assignIds gives them), carried over from
 * `earlier` where a clause is the same provision and fresh otherwise, with the report the review
 * prints. Fresh ids are added to `taken`, which must hold every id the library has used.
 */
export function carryIds(
	earlier: EarlierClause[],
	clauses: OutlineClause[],
	prefix: string,
	taken: Set<string>,
	random: Random,
): { ids: string[]; report: CarryReport } {
	const revision = revisionClauses(clauses);
	const pairs = pair(earlier.map(side), revision.map(side));
	const report: CarryReport = { matched: [], new: [], gone: [] };
	const ids = revision.map((c, j) => {
		const p = pairs.get(j);
		if (p === undefined) {
			const id = drawId(prefix, taken, random);
			report.new.push({ id, label: clauseLabel(c) });
			return id;
		}
		const before = earlier[p.i]!;
		const identical = before.text === c.text && before.title === c.title;
		report.matched.push({ id: before.id, before: clauseLabel(before), after: clauseLabel(c), identical, percent: identical ? 100 : Math.floor(p.score * 100) });
		return before.id;
	});
	const paired = new Set([...pairs.values()].map((p) => p.i));
	earlier.forEach((c, i) => {
		if (!paired.has(i)) report.gone.push({ id: c.id, label: clauseLabel(c) });
	});
	return { ids, report };
}
