/**
 * The offline index's format, and the one place it is written and read back. A copy read from
 * disk cannot fetch or run module scripts, so its search loads this index as a classic script
 * setting one global; the course pack page reads the same index to find its clauses.
 */
import { clauseHeading } from '../library/clause-label.ts';
import type { CitationFacts } from '../cite/citation.ts';
import { sharedFilterValues, type FilterValues } from './filters.ts';
import type { SearchData } from './records.ts';
import type { ClauseMeta } from './sources/source.ts';

/**
 * Clauses up to which the offline index carries every clause's text. A copy read from disk can
 * only load its index as one script and search it by scanning; above about 50,000 clauses
 * (2,000 documents) that script passes 20 MB and a phone stalls on it. Larger libraries get an
 * index of titles only (document, number, clause title, topics), and the search page says so.
 */
export const OFFLINE_FULL_TEXT_CLAUSES = 50_000;

/** The global the offline index script sets. */
export const OFFLINE_GLOBAL = 'clauseSearchIndex';

/** One clause in the offline index: what the page shows, plus its filter values and citation facts. */
export interface OfflineRecord extends ClauseMeta {
	filters: FilterValues;
	cite: CitationFacts;
}

/** The offline index: every clause, and where earlier clause ids lead. */
export interface OfflineIndex {
	records: OfflineRecord[];
	/** false when the library is too large to carry every clause's text: records then hold titles only */
	fullText: boolean;
	aliases: Record<string, string>;
	removed: Record<string, { label: string; successor: string | null }>;
}

type DocumentFilters = Omit<FilterValues, 'topic'>;

/**
 * The offline index as written to disk: what every clause of a document shares is stored once
 * per document, and each clause is a short array. At 10,000 documents this is a fifth of the
 * same data as one object per clause.
 */
export interface PackedOfflineIndex {
	fullText: boolean;
	topics: string[];
	documents: { title: string; page: string; filters: DocumentFilters; cite: CitationFacts }[];
	/** document index, id, number, title, label ('' when it is number and title, as usual), topic indexes, text ('' when titles only) */
	clauses: [number, string, string, string, string, number[], string][];
	aliases: OfflineIndex['aliases'];
	removed: OfflineIndex['removed'];
}

/** The offline index of the search data: full text while the library is within `limit` clauses. */
export function packOfflineIndex(data: SearchData, limit = OFFLINE_FULL_TEXT_CLAUSES): PackedOfflineIndex {
	const fullText = data.records.length <= limit;
	const topics: string[] = [];
	const topicIndex = new Map<string, number>();
	const documents: PackedOfflineIndex['documents'] = [];
	const documentIndex = new Map<string, number>();
	const clauses: PackedOfflineIndex['clauses'] = [];
	for (const r of data.records) {
		const page = r.meta.href.split('#')[0]!;
		let doc = documentIndex.get(page);
		if (doc === undefined) {
			doc = documents.length;
			documentIndex.set(page, doc);
			documents.push({ title: r.meta.documentTitle, page, filters: sharedFilterValues(r.filters), cite: r.cite });
		}
		const topicIds = r.filters.topic.map((t) => {
			let i = topicIndex.get(t);
			if (i === undefined) {
				i = topics.length;
				topicIndex.set(t, i);
				topics.push(t);
			}
			return i;
		});
		// The label is stored only where it is not the usual number and title (the start of the text, for an untitled clause).
		const label = r.meta.label === clauseHeading(r.meta.number, r.meta.title) ? '' : r.meta.label;
		clauses.push([doc, r.meta.id, r.meta.number, r.meta.title, label, topicIds, fullText ? r.meta.text : '']);
	}
	return { fullText, topics, documents, clauses, aliases: data.aliases, removed: data.removed };
}

/** The offline index as the search and course-pack pages use it: one record per clause. */
export function unpackOfflineIndex(packed: PackedOfflineIndex): OfflineIndex {
	return {
		fullText: packed.fullText,
		records: packed.clauses.map(([doc, id, number, title, label, topicIds, text]) => {
			const d = packed.documents[doc]!;
			const topics = topicIds.map((t) => packed.topics[t]!);
			return {
				href: `${d.page}#${id}`,
				id,
				label: label || clauseHeading(number, title),
				documentTitle: d.title,
				documentStatus: d.filters.status[0] ?? '不详',
				number,
				title,
				text,
				topics: topics.join('、'),
				filters: { topic: topics, ...d.filters },
				cite: d.cite,
			};
		}),
		aliases: packed.aliases,
		removed: packed.removed,
	};
}

/** The offline index script's text: one statement setting OFFLINE_GLOBAL. */
export function offlineIndexScript(packed: PackedOfflineIndex): string {
	return `window.${OFFLINE_GLOBAL}=${JSON.stringify(packed)};\n`;
}
