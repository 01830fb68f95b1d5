/**
 * A document's table of contents: its top-level clauses and their sub-clauses, two levels
 * deep. Below that an entry is listed only when it has a title of its own: a bare 1. 2. 3.
 * would only lengthen the list.
 */
import { clauseLabel, roleLabel } from '../library/clause-label.ts';
import type { Clause } from '../library/types.ts';

/** One entry of the table of contents. */
export interface TocEntry {
	/** the clause's id, its anchor on the page */
	id: string;
	/** its number as printed and its title (一、 配齐团干部), or 引言/结语 */
	label: string;
	children: TocEntry[];
}

/** The entries for the clauses `ids` (a document's top-level clauses) and, within the depth shown, their sub-clauses. */
export function tocEntries(clauses: ReadonlyMap<string, Clause>, ids: readonly string[]): TocEntry[] {
	return ids.map((id) => {
		const clause = clauses.get(id)!;
		const children = clause.depth < 2 ? clause.childIds.filter((c) => listed(clauses.get(c)!)) : [];
		return {
			id,
			label: `${clause.n === null ? '' : `${clause.n} `}${clause.title ?? roleLabel(clause.role) ?? clauseLabel(clause)}`,
			children: tocEntries(clauses, children),
		};
	});
}

function listed(clause: Clause): boolean {
	return clause.title !== null || clause.depth < 2;
}
