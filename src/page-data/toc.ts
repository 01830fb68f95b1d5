/**
 * A document's table of contents: its top-level clauses and their sub-clauses, two levels
 * deep. Below that an entry is listed only when it has a title of its own: a bare 1. 2. 3.
 * would only lengthen the list.
 */
import { clauseHeading, clauseLabel, ownHeading } from '../library/clause-label.ts';
import type { Clause } from '../library/types.ts';

/** One entry of the table of contents. */
export interface TocEntry {
	/** the clause's id, its anchor on the page */
	id: string;
	/** its number as printed and its title (一、配齐团干部), or 引言/结语; an untitled clause's number and the start of its text */
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
			label: tocLabel(clause),
			children: tocEntries(clauses, children),
		};
	});
}

function listed(clause: Clause): boolean {
	return clause.title !== null || clause.depth < 2;
}

/** How long an untitled clause's entry quotes its text. */
const QUOTED = 16;

/**
 * An entry's label, as the clause's own heading reads (one number, the source's separator): an
 * untitled clause has its number and the start of its text, so that the entry says what it is.
 */
function tocLabel(clause: Clause): string {
	if (clause.title !== null || clause.role !== null) return ownHeading(clause);
	const characters = Array.from(new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(clause.text), (s) => s.segment);
	const start = characters.length > QUOTED ? `${characters.slice(0, QUOTED).join('')}…` : clause.text;
	return clauseHeading(clause.n ?? '', start) || clauseLabel(clause);
}
