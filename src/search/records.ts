/**
 * The search records of the library: what the build hands to Pagefind and to the offline
 * index, one per clause, and Pagefind's own records, one per document.
 */
import { citationFacts, type CitationFacts } from '../cite/citation.ts';
import { clauseHeading, clauseLabel } from '../library/clause-label.ts';
import type { Library } from '../library/types.ts';
import { routeFile } from '../utils/links.ts';
import { documentFilters, type FilterValues } from './filters.ts';
import type { ChineseSegmenter } from './segment.ts';
import type { ClauseMeta } from './sources/source.ts';

/** One clause as Pagefind indexes it; meta carries what the results page and the ranking need. */
export interface ClauseRecord {
	/** page and anchor, relative to the site root */
	url: string;
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
export function clauseRecords(library: Library): ClauseRecord[] {
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
				meta: clauseMeta,
				filters: { topic: topics, ...documentFilters(document) },
				cite: citationFacts(meta, document.validity),
			};
		}),
	);
}

/** The search data of the library: its records, and where old clause ids lead. */
export function searchData(library: Library): SearchData {
	return {
		records: clauseRecords(library),
		aliases: Object.fromEntries(library.aliases),
		removed: Object.fromEntries([...library.removed].map(([id, r]) => [id, { label: r.label, successor: r.successor }])),
	};
}

/**
 * One Pagefind record per document: its title and its clauses' words for the index, and what
 * the results page and the ranking need of each clause as one compact JSON meta field.
 * Pagefind's per-record costs (its metadata file, which every first query downloads, and one
 * fragment per record) grow with the number of records: per clause, 200,000 clauses made a
 * 1.5 MB metadata file and most of a long build. The search page takes the best documents and
 * ranks their clauses itself. Filters are the document's; topic is the union of its clauses'.
 * A fragment holds the indexed words and the meta, and the search page loads one per document
 * it looks at, so neither repeats what can be derived: the document's title and page are
 * stated once, a clause's link is the page and its id, and its label only when unusual.
 * The indexed words are each distinct word of the document once (see documentWords).
 */
export interface DocumentRecord {
	url: string;
	content: string;
	meta: { title: string; status: string; page: string; topics: string; clauses: string };
	filters: ClauseRecord['filters'];
}

/** A clause in a document record's meta: id, number, title, label ('' when it is number and title, as usual), topic indexes, text. */
export type PackedClause = [string, string, string, string, number[], string];

/**
 * What Pagefind indexes of a document: each distinct word of it once. Pagefind only chooses the
 * documents whose clauses the search page ranks, by the words they hold; the ranking reads the
 * clauses' own text. Every word once makes the fragment the search page loads per document
 * about a third smaller, and Pagefind's work on it (excerpts, word positions) and on each lookup
 * less than half (8 documents: about 20 ms to 7 ms on the 1,000-document bench). It gives up how
 * often a word occurs in a document, which only ordered documents that all hold the query's words.
 */
export function documentWords(contents: string[]): string {
	const words = new Set<string>();
	for (const content of contents) for (const w of content.split(/\s+/)) if (w) words.add(w);
	return [...words].join(' ');
}

/**
 * A document's record before its words are cut: all the indexed words follow from it, the
 * segmenter and the code, so a search index part is rebuilt only when one of its documents'
 * sources changed (see integrations/pagefind-parts.ts), and the words are cut only then.
 */
export interface SearchSource extends Omit<DocumentRecord, 'content'> {
	/** what is cut into the indexed words: the document's title, then each clause's title and text */
	texts: string[];
}

/** The search records grouped into one source per document, in the order of the records. */
export function documentSources(records: ClauseRecord[]): SearchSource[] {
	const byPage = new Map<string, ClauseRecord[]>();
	for (const r of records) {
		const page = r.url.split('#')[0]!;
		const list = byPage.get(page);
		if (list) list.push(r);
		else byPage.set(page, [r]);
	}
	return [...byPage].map(([url, clauses]) => {
		const first = clauses[0]!;
		const topics = [...new Set(clauses.flatMap((c) => c.filters.topic))];
		const packed: PackedClause[] = clauses.map(({ meta: m, filters }) => [
			m.id,
			m.number,
			m.title,
			m.label === clauseHeading(m.number, m.title) ? '' : m.label,
			filters.topic.map((t) => topics.indexOf(t)),
			m.text,
		]);
		return {
			url,
			texts: [first.meta.documentTitle, ...clauses.map(({ meta: m }) => `${m.title}\n${m.text}`)],
			meta: { title: first.meta.documentTitle, status: first.meta.documentStatus, page: url, topics: JSON.stringify(topics), clauses: JSON.stringify(packed) },
			filters: { ...first.filters, topic: topics },
		};
	});
}

/** A document's Pagefind record: its source, with its texts cut into words by the library's segmenter. */
export function documentRecord({ texts, ...record }: SearchSource, segmenter: ChineseSegmenter): DocumentRecord {
	return { ...record, content: documentWords(texts.map((t) => segmenter.tokens(t).join(' '))) };
}

/** The clauses of a document record's meta, whole again. */
export function unpackClauses(meta: DocumentRecord['meta']): ClauseMeta[] {
	const topics = JSON.parse(meta.topics) as string[];
	return (JSON.parse(meta.clauses) as PackedClause[]).map(([id, number, title, label, topicIds, text]) => ({
		href: `${meta.page}#${id}`,
		id,
		label: label || clauseHeading(number, title),
		documentTitle: meta.title,
		documentStatus: meta.status,
		number,
		title,
		text,
		topics: topicIds.map((t) => topics[t]!).join('、'),
	}));
}
