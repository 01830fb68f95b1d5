/**
 * Search candidates for a copy read from disk, where fetch, module scripts and workers are all
 * blocked: the offline index (see offline-index.ts), loaded as a classic script.
 */
import { OFFLINE_GLOBAL, unpackOfflineIndex, type OfflineIndex, type OfflineRecord, type PackedOfflineIndex } from '../offline-index.ts';
import { filterNames, type Filters } from '../filters.ts';
import { OFFLINE_INDEX_SCRIPT } from '../search-files.ts';
import { fold } from '../segment.ts';
import { searchableText, wordsHeld, type CandidateSource } from './source.ts';

let indexScript: Promise<OfflineIndex> | undefined;

/** Loads the offline index once, with a script tag (works from disk, where fetch does not). */
export function loadOfflineIndex(base: string): Promise<OfflineIndex> {
	indexScript ??= new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = new URL(OFFLINE_INDEX_SCRIPT, base).href;
		script.onload = () => {
			const packed = (window as unknown as Record<string, PackedOfflineIndex | undefined>)[OFFLINE_GLOBAL];
			if (Array.isArray(packed?.clauses) && Array.isArray(packed.documents)) resolve(unpackOfflineIndex(packed));
			else reject(new Error('the offline search index is empty or damaged'));
		};
		script.onerror = () => {
			reject(new Error('the offline search index could not be loaded'));
		};
		document.head.append(script);
	});
	return indexScript;
}

/** Shown with results when the offline index holds titles only. */
export const OFFLINE_TITLES_ONLY_NOTE = '这份离线副本条款很多，从本机打开时只搜索文件标题和条款标题，不搜正文。搜索正文请使用网站。';

/** True when a clause has every value the reader chose. */
function matchesFilters(record: OfflineRecord, filters: Filters): boolean {
	return filterNames.every((name) => {
		const value = filters[name];
		return value === undefined || record.filters[name].includes(value);
	});
}

/**
 * Candidates from the offline index, added with a script tag the first time the reader searches.
 * It holds every clause, so candidates are simply the clauses holding any wording of any word,
 * and a wording occurs in the library if any clause holds it.
 */
export function offlineSource(base: string): CandidateSource {
	let index: Promise<{ record: OfflineRecord; text: string }[]> | undefined;
	let fullText = true;
	const load = () => {
		index ??= loadOfflineIndex(base).then((i) => {
			fullText = i.fullText;
			return i.records.map((record) => ({ record, text: fold(searchableText(record)) }));
		});
		return index;
	};

	return {
		async candidates(terms, filters) {
			const all = await load();
			return all
				.map(({ record, text }, order) => ({ record, order, hits: wordsHeld(text, terms) }))
				.filter((c) => c.hits > 0 && matchesFilters(c.record, filters))
				.sort((a, b) => b.hits - a.hits || a.order - b.order)
				.map((c) => c.record);
		},
		async occurs(wording) {
			return (await load()).some(({ text }) => text.includes(wording));
		},
		note() {
			return fullText ? null : OFFLINE_TITLES_ONLY_NOTE;
		},
	};
}
