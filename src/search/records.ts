/**
 * The search records of the library: what the build hands to Pagefind and to the offline
 * index, one per clause, and Pagefind's own records, one per document.
 */
import { citationFacts, type CitationFacts } from '../cite/citation.ts';
import { clauseLabel } from '../library/clause-label.ts';
import type { Library } from '../library/types.ts';
import { routeFile } from '../utils/links.ts';
import { documentFilters, type FilterValues } from './filters.ts';
import type { ChineseSegmenter } from './segment.ts';
import { searchableText, type ClauseMeta } from './sources/source.ts';

/** One clause as Pagefind indexes it; meta carries what the results page and the ranking need. */
export interface ClauseRecord {
	/** page and anchor, relative to the site root */
	url: string;
	/** the clause's document title, number, title and text, cut by our segmenter */
	content: string;
	meta: ClauseMeta;
	filters: FilterValues;
	/** what a citation of the clause states (issuer only when the source states it) */
	cite: CitationFacts;
}

/** Everything the build hands to the search indexer. */
export interface SearchData {
	records: ClauseRecord[];
	/** earlier clause ids, to their clause */
	aliases: Record<string, string>;
	/** removed clauses: what they were and their successor */
	removed: Record<string, { label: string; successor: string | null }>;
}

/** The search records of the library: one per clause. */
export function clauseRecords(library: Library, segmenter: ChineseSegmenter): ClauseRecord[] {
	return library.documents.flatMap((document) =>
		document.allClauseIds.map((id) => {
			const clause = library.clauses.get(id)!;
			const { meta } = document;
			const number = clause.numberPath.join('');
			const topics = clause.topics.map((t) => library.topicsBySlug.get(t)!.name);
			const url = `${routeFile({ page: 'document', slug: document.slug })}#${id}`;
			const clauseMeta: ClauseMeta = {
				href: url,
				id,
				label: clauseLabel(clause),
				documentTitle: meta.title,
				documentStatus: document.validity.status,
				number,
				title: clause.title ?? '',
				text: clause.text,
				topics: topics.join('、'),
			};
			return {
				url,
				content: segmenter.tokens(searchableText(clauseMeta)).join(' '),
				meta: clauseMeta,
				filters: { topic: topics, ...documentFilters(document) },
				cite: citationFacts(meta, document.validity),
			};
		}),
	);
}

/** The search data of the library: its records, and where old clause ids lead. */
export function searchData(library: Library, segmenter: ChineseSegmenter): SearchData {
	return {
		records: clauseRecords(library, segmenter),
		aliases: Object.fromEntries(library.aliases),
		removed: Object.fromEntries([...library.removed].map(([id, r]) => [id, { label: r.label, successor: r.successor }])),
	};
}

/**
 * One Pagefind record per document: its clauses' text for the index, and its clauses' display
 * and ranking data (ClauseMeta without the repeated document title) as one JSON meta field.
 * Pagefind's per-record costs (its metadata file, which every first query downloads, and one
 * fragment per record) grow with the number of records: per clause, 200,000 clauses made a
 * 1.5 MB metadata file and most of a long build. The search page takes the best documents and
 * ranks their clauses itself. Filters are the document's; topic is the union of its clauses'.
 */
export interface DocumentRecord {
	url: string;
	content: string;
	meta: { title: string; status: string; clauses: string };
	filters: ClauseRecord['filters'];
}

/** What a document record's `clauses` meta holds for each clause. */
export type PackedClause = Omit<ClauseMeta, 'documentTitle' | 'documentStatus'>;

/** Pagefind's records: one per document, carrying its clauses (see DocumentRecord). */
export function documentRecords(records: ClauseRecord[]): DocumentRecord[] {
	const byPage = new Map<string, ClauseRecord[]>();
	for (const r of records) {
		const page = r.url.split('#')[0]!;
		const list = byPage.get(page);
		if (list) list.push(r);
		else byPage.set(page, [r]);
	}
	return [...byPage].map(([url, clauses]) => {
		const first = clauses[0]!;
		const packed = clauses.map((c) => packClause(c.meta));
		return {
			url,
			content: clauses.map((c) => c.content).join('\n'),
			meta: { title: first.meta.documentTitle, status: first.meta.documentStatus, clauses: JSON.stringify(packed) },
			filters: { ...first.filters, topic: [...new Set(clauses.flatMap((c) => c.filters.topic))] },
		};
	});
}

/** A clause's meta without its document title, which the document record holds once. */
function packClause(meta: ClauseMeta): PackedClause {
	const packed: PackedClause & { documentTitle?: string; documentStatus?: string } = { ...meta };
	delete packed.documentTitle;
	delete packed.documentStatus;
	return packed;
}

/** The clauses of a document record's meta, whole again. */
export function unpackClauses(meta: DocumentRecord['meta']): ClauseMeta[] {
	return (JSON.parse(meta.clauses) as PackedClause[]).map((c) => ({ ...c, documentTitle: meta.title, documentStatus: meta.status }));
}
