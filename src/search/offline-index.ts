import { numberSeparator } from '../utils/format.ts';
import type { SearchData } from './records.ts';
import type { OfflineIndex, OfflineRecord } from './sources/offline-source.ts';

/**
 * Clauses up to which the offline index carries every clause's text. A copy read from disk can
 * only load its index as one script and search it by scanning; above about 50,000 clauses
 * (2,000 documents) that script passes 20 MB and a phone stalls on it. Larger libraries get an
 * index of titles only (document, number, clause title, topics), and the search page says so.
 */
export const OFFLINE_FULL_TEXT_CLAUSES = 50_000;

type DocumentFilters = Omit<OfflineRecord['filters'], 'topic'>;

/**
 * The offline index as written to disk: what every clause of a document shares is stored once
 * per document, and each clause is a short array. At 10,000 documents this is a fifth of the
 * same data as one object per clause.
 */
export interface PackedOfflineIndex {
	fullText: boolean;
	topics: string[];
	documents: { title: string; page: string; filters: DocumentFilters; cite: OfflineRecord['cite'] }[];
	/** document index, id, number, title, label ('' when it is number and title, as usual), topic indexes, text ('' when titles only) */
	clauses: [number, string, string, string, string, number[], string][];
	aliases: OfflineIndex['aliases'];
	removed: OfflineIndex['removed'];
}

/** A clause's label when it has a number or a title (see clauseLabel). */
function usualLabel(number: string, title: string): string | null {
	return number || title ? `${number}${number && title ? numberSeparator(number) : ''}${title}` : null;
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
			const { topic: _, ...filters } = r.filters;
			documents.push({ title: r.meta.documentTitle, page, filters, cite: r.cite });
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
		const label = r.meta.label === usualLabel(r.meta.number, r.meta.title) ? '' : r.meta.label;
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
				label: label || (usualLabel(number, title) ?? ''),
				documentTitle: d.title,
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
