/** The home page's figures: how much the library holds. */
import type { Library } from '../library/types.ts';

/** The counts the home page states. */
export interface LibraryCounts {
	documents: number;
	clauses: number;
	topics: number;
	/** relations declared by editors (computed similar clauses are not counted) */
	relations: number;
}

/** What the library holds, counted. */
export function libraryCounts(library: Library): LibraryCounts {
	return {
		documents: library.documents.length,
		clauses: library.clauses.size,
		topics: library.topics.length,
		relations: [...library.outgoing.values()].reduce((n, list) => n + list.length, 0),
	};
}
