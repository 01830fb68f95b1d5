import { fold } from '../segment.ts';
import type { CandidateSource, ClauseMeta, Filters } from './source.ts';

/** One clause in the offline index: what the page shows, plus its filter values. */
export interface OfflineRecord extends ClauseMeta {
	filters: Record<string, string[]>;
}

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
	const load = () => {
		index ??= new Promise((resolve, reject) => {
			const script = document.createElement('script');
			script.src = new URL('search/offline-index.js', base).href;
			script.onload = () => {
				const records = (window as unknown as Record<string, { records: OfflineRecord[] } | undefined>)[OFFLINE_GLOBAL]?.records;
				if (records) resolve(records.map((record) => ({ record, text: fold(`${record.documentTitle} ${record.number} ${record.title} ${record.text}`) })));
				else reject(new Error('the offline search index is empty or damaged'));
			};
			script.onerror = () => reject(new Error('the offline search index could not be loaded'));
			document.head.append(script);
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
	};
}
