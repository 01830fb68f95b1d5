import { unpackOfflineIndex, type PackedOfflineIndex } from '../offline-index.ts';
import { fold } from '../segment.ts';
import { searchableText, type CandidateSource, type ClauseMeta, type Filters } from './source.ts';

/** One clause in the offline index: what the page shows, plus its filter values and citation facts. */
export interface OfflineRecord extends ClauseMeta {
	filters: Record<string, string[]>;
	cite: { issuer: string | null; date: string | null };
}

/** The offline index: every clause, and where earlier clause ids lead. */
export interface OfflineIndex {
	records: OfflineRecord[];
	/** false when the library is too large to carry every clause's text: records then hold titles only */
	fullText: boolean;
	aliases: Record<string, string>;
	removed: Record<string, { label: string; successor: string | null }>;
}

let indexScript: Promise<OfflineIndex> | undefined;

/** Loads the offline index once, with a script tag (works from disk, where fetch does not). */
export function loadOfflineIndex(base: string): Promise<OfflineIndex> {
	indexScript ??= new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = new URL('search/offline-index.js', base).href;
		script.onload = () => {
			const packed = (window as unknown as Record<string, PackedOfflineIndex | undefined>)[OFFLINE_GLOBAL];
			if (Array.isArray(packed?.clauses) && Array.isArray(packed?.documents)) resolve(unpackOfflineIndex(packed));
			else reject(new Error('the offline search index is empty or damaged'));
		};
		script.onerror = () => reject(new Error('the offline search index could not be loaded'));
		document.head.append(script);
	});
	return indexScript;
}

/** Shown with results when the offline index holds titles only. */
export const OFFLINE_TITLES_ONLY_NOTE = '这份离线副本条款很多，从本机打开时只搜索文件标题和条款标题，不搜正文。搜索正文请使用网站。';

/** The global the offline index script sets. */
export const OFFLINE_GLOBAL = 'clauseSearchIndex';

/**
 * Candidates from the offline index, for a copy read from disk, where fetch, module scripts
 * and workers are all blocked: the index is a classic script, added with a script tag the
 * first time the reader searches. It holds every clause, so candidates are simply the clauses
 * holding any term, and a term occurs in the library if any clause holds it.
 */
export function offlineSource(base: string): CandidateSource {
	let index: Promise<{ record: OfflineRecord; text: string }[]> | undefined;
	let fullText = true;
	const load = () => {
		index ??= loadOfflineIndex(base).then((i) => {
			fullText = i.fullText !== false;
			return i.records.map((record) => ({ record, text: fold(searchableText(record)) }));
		});
		return index;
	};
	const matches = (r: OfflineRecord, filters: Filters) => Object.entries(filters).every(([name, value]) => r.filters[name]?.includes(value));

	return {
		async candidates(terms, filters) {
			const all = await load();
			return all
				.map(({ record, text }, order) => ({ record, order, hits: terms.filter((t) => text.includes(t)).length }))
				.filter((c) => c.hits > 0 && matches(c.record, filters))
				.sort((a, b) => b.hits - a.hits || a.order - b.order)
				.map((c) => c.record);
		},
		async occurs(term) {
			return (await load()).some(({ text }) => text.includes(term));
		},
		note() {
			return fullText ? null : OFFLINE_TITLES_ONLY_NOTE;
		},
	};
}
