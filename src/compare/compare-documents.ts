/**
 * Clause by clause, how one document differs from another: its successor as the editor declared
 * it (validity.successor), or a later version of itself. Clauses are paired by id where both have it (a provision keeps its id
 * across versions), then by text similarity; a paired clause whose text differs is changed (with
 * a character diff), one out of its old order is moved, an unpaired new one is added and an
 * unpaired old one removed. Pure; the compare page renders the rows.
 */
import { clauseLabel } from '../library/clause-label.ts';
import type { Clause, DocumentVersion, Library } from '../library/types.ts';
import { diffChars, similarity, type DiffPart } from './char-diff.ts';

/** Texts at least this alike are taken for the same provision when their ids differ. */
export const SAME_PROVISION = 0.5;

/** One clause as the compare page shows it. */
export interface ComparedClause {
	id: string;
	label: string;
	text: string;
}

/** One row of the comparison, in the new document's order, removed clauses where they stood. */
export type CompareRow =
	| { kind: 'same' | 'moved'; before: ComparedClause; after: ComparedClause }
	| { kind: 'changed' | 'moved-changed'; before: ComparedClause; after: ComparedClause; diff: DiffPart[] }
	| { kind: 'added'; after: ComparedClause }
	| { kind: 'removed'; before: ComparedClause };

/** The comparison of two documents, with counts of each kind of change. */
export interface Comparison {
	from: string;
	to: string;
	rows: CompareRow[];
	counts: { changed: number; moved: number; added: number; removed: number; same: number };
}

function shown(clause: Clause): ComparedClause {
	return { id: clause.id, label: clauseLabel(clause), text: clause.text };
}

/** Pairs old and new clauses: the same id first, then the most alike texts above SAME_PROVISION. */
function pair(before: Clause[], after: Clause[]): Map<number, number> {
	const pairs = new Map<number, number>(); // after index → before index
	const taken = new Set<number>();
	after.forEach((c, j) => {
		const i = before.findIndex((b) => b.id === c.id);
		if (i >= 0) {
			pairs.set(j, i);
			taken.add(i);
		}
	});
	const candidates: { i: number; j: number; score: number }[] = [];
	after.forEach((c, j) => {
		if (pairs.has(j)) return;
		before.forEach((b, i) => {
			if (taken.has(i)) return;
			const score = similarity(b.text, c.text);
			if (score >= SAME_PROVISION) candidates.push({ i, j, score });
		});
	});
	for (const { i, j } of candidates.sort((x, y) => y.score - x.score || x.j - y.j)) {
		if (pairs.has(j) || taken.has(i)) continue;
		pairs.set(j, i);
		taken.add(i);
	}
	return pairs;
}

/** The new-side indexes whose old positions keep their order (a longest increasing run); the rest moved. */
function inOrder(pairs: Map<number, number>): Set<number> {
	const js = [...pairs.keys()].sort((a, b) => a - b);
	const best: number[][] = [];
	for (const j of js) {
		let chain: number[] = [];
		for (const c of best) if (pairs.get(c.at(-1)!)! < pairs.get(j)! && c.length > chain.length) chain = c;
		best.push([...chain, j]);
	}
	return new Set(best.reduce<number[]>((a, c) => (c.length > a.length ? c : a), []));
}

/** How the clauses `after` differ from `before`, one by one (clauses with text only; headings pair by id). */
export function compareClauses(before: Clause[], after: Clause[]): Omit<Comparison, 'from' | 'to'> {
	const pairs = pair(before, after);
	const ordered = inOrder(pairs);
	const rows: CompareRow[] = [];
	const placed = new Set<number>();
	const paired = new Set(pairs.values());
	const removedBefore = (limit: number) => {
		for (let i = 0; i < limit; i++) {
			if (placed.has(i) || paired.has(i)) continue;
			placed.add(i);
			rows.push({ kind: 'removed', before: shown(before[i]!) });
		}
	};
	after.forEach((c, j) => {
		const i = pairs.get(j);
		if (i === undefined) {
			rows.push({ kind: 'added', after: shown(c) });
			return;
		}
		if (ordered.has(j)) removedBefore(i);
		const moved = !ordered.has(j);
		const b = before[i]!;
		if (b.text === c.text) rows.push({ kind: moved ? 'moved' : 'same', before: shown(b), after: shown(c) });
		else rows.push({ kind: moved ? 'moved-changed' : 'changed', before: shown(b), after: shown(c), diff: diffChars(b.text, c.text) });
	});
	removedBefore(before.length);
	const count = (...kinds: CompareRow['kind'][]) => rows.filter((r) => kinds.includes(r.kind)).length;
	return {
		rows,
		counts: {
			changed: count('changed', 'moved-changed'),
			moved: count('moved', 'moved-changed'),
			added: count('added'),
			removed: count('removed'),
			same: count('same'),
		},
	};
}

/** How the document `to` differs from `from`, clause by clause. */
export function compareDocuments(library: Library, from: string, to: string): Comparison {
	const clausesOf = (slug: string) => library.documentsBySlug.get(slug)!.allClauseIds.map((id) => library.clauses.get(id)!);
	return { from, to, ...compareClauses(clausesOf(from), clausesOf(to)) };
}

/** How version `to` of a document differs from its version `from` (keys), clause by clause. */
export function compareVersions(version: { from: DocumentVersion; to: DocumentVersion }): Omit<Comparison, 'from' | 'to'> {
	const clausesOf = (v: DocumentVersion) => v.allClauseIds.map((id) => v.clauses.get(id)!);
	return compareClauses(clausesOf(version.from), clausesOf(version.to));
}

/** Every two versions of each document, older first: the pairs a compare page is built for. */
export function versionPairs(library: Library): { slug: string; from: DocumentVersion; to: DocumentVersion }[] {
	return [...library.versions].flatMap(([slug, versions]) => versions.flatMap((from, i) => versions.slice(i + 1).map((to) => ({ slug, from, to }))));
}

/** Every pair the library compares: each document with the successor its validity names. */
export function comparedPairs(library: Library): { from: string; to: string }[] {
	return library.documents.flatMap((d) => (d.meta.validity.successor === null ? [] : [{ from: d.slug, to: d.meta.validity.successor }]));
}
