import type { SearchData } from './records.ts';
import type { OfflineIndex } from './sources/offline-source.ts';

/**
 * Clauses up to which the offline index carries every clause's text. A copy read from disk can
 * only load its index as one script and search it by scanning; above about 50,000 clauses
 * (2,000 documents) that script passes 30 MB and a phone stalls on it. Larger libraries get an
 * index of titles only (document, number, clause title, topics), and the search page says so.
 */
export const OFFLINE_FULL_TEXT_CLAUSES = 50_000;

/** The offline index of the search data: full text while the library is within `limit` clauses. */
export function offlineIndex(data: SearchData, limit = OFFLINE_FULL_TEXT_CLAUSES): OfflineIndex {
	const fullText = data.records.length <= limit;
	return {
		records: data.records.map((r) => ({ ...r.meta, ...(fullText ? {} : { text: '' }), filters: r.filters, cite: r.cite })),
		fullText,
		aliases: data.aliases,
		removed: data.removed,
	};
}
