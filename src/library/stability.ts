import type { ClauseRegistry, RemovedClause } from '../schemas/removed-clause.ts';
import { fnv1a } from '../utils/hash.ts';
import type { ContentIssue } from './errors.ts';
import type { Clause } from './types.ts';

/**
 * Clause links must keep working for years. The registry (content/clause-registry.json) records
 * every published clause id with a fingerprint of its words; the build then refuses an id that
 * now holds other words, and a published id that is gone without a record in
 * content/removed-clauses.yaml. A clause that moves, is renumbered or retitled keeps its id, or
 * carries the old id in `aliases`.
 */

/** Fingerprints closer than this (bits of 64) are the same words, lightly edited. */
export const SAME_WORDS_DISTANCE = 12;

/** The words a fingerprint is taken of: the clause's title and its own text. */
export function clauseWords(clause: Pick<Clause, 'title' | 'text'>): string {
	return `${clause.title ?? ''}${clause.text}`.replace(/\s+/g, '');
}

/** A 64-bit simhash of a text's character pairs: near texts get near fingerprints. */
export function fingerprint(text: string): string {
	const weights = new Array<number>(64).fill(0);
	const chars = Array.from(text);
	const grams = chars.length < 2 ? chars : chars.slice(0, -1).map((c, i) => c + chars[i + 1]!);
	for (const g of grams) {
		const halves = [fnv1a(`a${g}`), fnv1a(`b${g}`)];
		for (let bit = 0; bit < 64; bit++) weights[bit]! += (halves[bit >> 5]! >>> (bit & 31)) & 1 ? 1 : -1;
	}
	let hex = '';
	for (let nibble = 0; nibble < 16; nibble++) {
		let v = 0;
		for (let k = 0; k < 4; k++) if (weights[nibble * 4 + k]! > 0) v |= 1 << k;
		hex += v.toString(16);
	}
	return hex;
}

/** How many of the 64 bits differ between two fingerprints. */
export function distance(a: string, b: string): number {
	let d = 0;
	for (let i = 0; i < 16; i++) {
		let x = Number.parseInt(a[i]!, 16) ^ Number.parseInt(b[i]!, 16);
		while (x) {
			d += x & 1;
			x >>= 1;
		}
	}
	return d;
}

/**
 * Checks the library against the registry and the removed-clause record; returns the problems,
 * each naming the file, the clause and what to do. A published id whose words now stand only in
 * an earlier version of its document (`earlier`, by id) is kept: its pinned link holds them.
 */
export function checkStability(
	clauses: Map<string, Clause & { file: string }>,
	aliases: Map<string, string>,
	registry: ClauseRegistry,
	removed: RemovedClause[],
	earlier: ReadonlyMap<string, readonly (Clause & { file: string })[]> = new Map(),
): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const removedIds = new Map(removed.map((r) => [r.id, r]));
	for (const r of removed) {
		if (clauses.has(r.id) || aliases.has(r.id)) {
			const c = clauses.get(r.id) ?? clauses.get(aliases.get(r.id)!)!;
			issues.push({
				file: c.file,
				line: c.line,
				clause: c.id,
				message: `id ${JSON.stringify(r.id)} was removed (content/removed-clauses.yaml) and cannot be used again; give the clause a new id`,
			});
		}
		if (r.successor !== null && !clauses.has(r.successor)) {
			issues.push({
				file: 'content/removed-clauses.yaml',
				clause: r.id,
				message: `successor ${JSON.stringify(r.successor)} of removed clause ${r.id} does not exist`,
			});
		}
	}
	for (const [id, entry] of Object.entries(registry.clauses)) {
		const clause = clauses.get(id);
		// The words published under an id may now stand in an earlier version, at its pinned link.
		const kept = (earlier.get(id) ?? []).some((c) => distance(entry.fingerprint, fingerprint(clauseWords(c))) <= SAME_WORDS_DISTANCE);
		if (clause) {
			const d = distance(entry.fingerprint, fingerprint(clauseWords(clause)));
			if (d > SAME_WORDS_DISTANCE && !kept) {
				issues.push({
					file: clause.file,
					line: clause.line,
					clause: id,
					message: `id ${JSON.stringify(id)} was published for other words (fingerprint ${d} bits apart); old links must not land on new words: give these words a new id, and record ${id} in content/removed-clauses.yaml with the new clause as its successor`,
				});
			}
		} else if (!aliases.has(id) && !removedIds.has(id) && !earlier.has(id)) {
			issues.push({
				file: 'content/clause-registry.json',
				clause: id,
				message: `published clause ${JSON.stringify(id)} (${entry.document}) is gone: keep its id, list it in the aliases of the clause that replaces it, or record it in content/removed-clauses.yaml`,
			});
		}
	}
	return issues;
}

/** Where a published clause id leads now. */
export type ResolvedClause =
	{ kind: 'clause'; id: string; viaAlias: boolean } | { kind: 'removed'; removed: RemovedClause; successor: string | null } | { kind: 'unknown' };

/** Resolves any clause id ever published: a current id, an alias, or a removed clause. */
export function resolveClauseId(
	library: { clauses: Map<string, unknown>; aliases: Map<string, string>; removed: Map<string, RemovedClause> },
	id: string,
): ResolvedClause {
	if (library.clauses.has(id)) return { kind: 'clause', id, viaAlias: false };
	const current = library.aliases.get(id);
	if (current !== undefined) return { kind: 'clause', id: current, viaAlias: true };
	const removed = library.removed.get(id);
	if (removed) return { kind: 'removed', removed, successor: removed.successor };
	return { kind: 'unknown' };
}
