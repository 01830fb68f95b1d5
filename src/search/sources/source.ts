/**
 * What a source of search candidates gives the search page: the clause data it shows and
 * ranks, from Pagefind on a server or the offline index from disk.
 */
import type { Filters } from '../filters.ts';

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

/** A clause's searchable text: its document title, number path, title and text. Pagefind, the presence index and the offline index all search exactly this. */
export function searchableText(c: Pick<ClauseMeta, 'documentTitle' | 'number' | 'title' | 'text'>): string {
	return `${c.documentTitle} ${c.number} ${c.title} ${c.text}`;
}

/** Where candidate clauses come from: Pagefind when served, the offline index when read from disk. */
export interface CandidateSource {
	/** Clauses that may match: those with every term first, then each term's best. */
	candidates(terms: string[], filters: Filters): Promise<ClauseMeta[]>;
	/** Whether a term occurs anywhere in the library. */
	occurs(term: string): Promise<boolean>;
	/** What the reader should know about this source's coverage, if anything. */
	note?(): string | null;
	/** Starts loading the engine before the first query (the reader is about to type). */
	warm?(): void;
}
