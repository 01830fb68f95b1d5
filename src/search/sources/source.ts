/**
 * What a source of search candidates gives the search page: the clause data it shows and
 * ranks, from Pagefind on a server or the offline index from disk.
 */
import type { Filters } from '../filters.ts';
import type { QueryTerm } from '../query.ts';

/** What the search page shows of a clause and ranks it by (stored in Pagefind's meta and in the offline index). */
export interface ClauseMeta {
	/** page and anchor relative to the site root */
	href: string;
	id: string;
	label: string;
	documentTitle: string;
	/** the document's validity status as readers see it (a filter value: 不详, 已废止, …) */
	documentStatus: string;
	number: string;
	title: string;
	text: string;
	topics: string;
}

/** A clause's searchable text: its document title, number path, title and text, a line each. Pagefind, the presence index and the offline index all search exactly this. */
export function searchableText(c: Pick<ClauseMeta, 'documentTitle' | 'number' | 'title' | 'text'>): string {
	return `${c.documentTitle}\n${c.number}\n${c.title}\n${c.text}`;
}

/** Where candidate clauses come from: Pagefind when served, the offline index when read from disk. */
export interface CandidateSource {
	/** Clauses that may match: those holding any wording of any word, the likeliest first. */
	candidates(terms: QueryTerm[], filters: Filters): Promise<ClauseMeta[]>;
	/** Whether a (folded) wording occurs anywhere in the library. */
	occurs(wording: string): Promise<boolean>;
	/** What the reader should know about this source's coverage, if anything. */
	note?(): string | null;
	/** Starts loading the engine before the first query (the reader is about to type). */
	warm?(): void;
}

/** How many of the words a folded searchable text holds, by any of their wordings. */
export function wordsHeld(text: string, terms: QueryTerm[]): number {
	let count = 0;
	for (const t of terms) if (t.wordings.some((w) => text.includes(w.text))) count++;
	return count;
}
