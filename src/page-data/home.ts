/** The home page's figures (how much the library holds) and what it says of an offline copy's date. */
import type { Library } from '../library/types.ts';
import { readableDate } from '../library/validity.ts';
import { PLACEHOLDER_SITE } from '../utils/links.ts';

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

/** What the home page says, read from disk, of the offline copy: the day it was built and where a newer one may be. */
export interface OfflineCopyNote {
	/** the build date as readers see it (2026年11月23日) */
	built: string;
	/** the site's published address, or null when the build was given none (SITE_URL unset) */
	online: string | null;
}

/** The offline copy's note for a build of `buildDate` (YYYY-MM-DD) published at `site`. */
export function offlineCopyNote(buildDate: string, site: URL | string | undefined): OfflineCopyNote {
	const address = site === undefined ? null : String(site);
	return { built: readableDate(buildDate), online: address === null || address === PLACEHOLDER_SITE ? null : address };
}
