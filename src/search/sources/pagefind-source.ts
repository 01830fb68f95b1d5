/**
 * Search candidates on a server: Pagefind's index (one record per document, see records.ts),
 * its parts merged into a loader bundle (see integrations/pagefind-parts.ts), and the presence
 * index of which words occur at all.
 */
import type { Filters } from '../filters.ts';
import { presenceChunk, termKeys } from '../presence.ts';
import type { QueryTerm } from '../query.ts';
import { unpackClauses, type DocumentRecord } from '../records.ts';
import { PAGEFIND_DIR, PAGEFIND_SCRIPT, pagefindPart, presenceChunkFile } from '../search-files.ts';
import { fold } from '../segment.ts';
import { searchableText, wordsHeld, type CandidateSource, type ClauseMeta } from './source.ts';

/** Documents whose clauses the ranking looks at, per query. */
export const DOCUMENTS = 8;

/**
 * The language the library's Pagefind parts are written and merged in. Under zh, Pagefind cuts
 * words itself, with another segmenter when indexing (jieba) than when searching
 * (Intl.Segmenter), and both re-cut the library's words: 团干部 became 团 + 干部, and 团 then
 * matched every word beginning with it, which made each lookup several times slower. Under und
 * (undetermined) Pagefind indexes exactly the words the library's segmenter cut, and looks up
 * exactly the query's words (and words beginning with them).
 */
export const PAGEFIND_LANGUAGE = 'und';

/** The one word of the loader bundle's placeholder record: a script no query can hold, so it never matches. */
export const LOADER_WORD = 'ꙮ';

interface PagefindResult {
	id: string;
	data(): Promise<{ meta: Partial<DocumentRecord['meta']> }>;
}
interface Pagefind {
	init?(): Promise<void>;
	mergeIndex(path: string, options: { language: string }): Promise<void>;
	search(query: string, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] } | null>;
}

/** A lookup's words, widened by one: the least specific word (the shortest; of equals, the last) is left out. */
function widen(words: string[]): string[] {
	let drop = words.length - 1;
	for (let i = words.length - 1; i >= 0; i--) if (Array.from(words[i]!).length < Array.from(words[drop]!).length) drop = i;
	return words.filter((_, i) => i !== drop);
}

/**
 * Candidates from the Pagefind index, on a server: the library's parts merged into the loader
 * bundle (see integrations/pagefind-parts.ts). Pagefind holds one record per document, cut
 * into words by the library's own segmenter (its records are not re-cut by Pagefind), and finds
 * the documents holding every word of a lookup. A query is one lookup: each word by the
 * wording the library has (the presence index says which), all together. Only when that finds
 * fewer than DOCUMENTS documents is the lookup widened, the least specific word first, and then
 * each remaining wording alone, so a small library still yields every document that holds any
 * of them, as the offline index does. The clauses of the documents found that hold any wording
 * are the candidates the ranking orders.
 */
export function pagefindSource(base: string, presenceChunks: number, parts: number): CandidateSource {
	const data = new Map<string, Promise<{ clause: ClauseMeta; text: string }[]>>();
	const presence = new Map<number, Promise<Set<string>>>();
	// Pagefind runs its WASM in a worker: on a slow phone, compiling it on the main thread
	// blocks typing (Lighthouse: 95 instead of 100), worth the worker's extra 12 KB gzipped.
	const pagefind = (import(new URL(PAGEFIND_SCRIPT, base).href) as Promise<Pagefind>).then(async (pf) => {
		await Promise.all(
			Array.from({ length: parts }, (_, n) => pf.mergeIndex(new URL(`${PAGEFIND_DIR}/${pagefindPart(n)}`, base).href, { language: PAGEFIND_LANGUAGE })),
		);
		return pf;
	});

	const load = (r: PagefindResult) => {
		let d = data.get(r.id);
		if (!d) {
			// The loader's placeholder record carries no clauses.
			d = r
				.data()
				.then(({ meta }) =>
					meta.clauses !== undefined ? unpackClauses(meta as DocumentRecord['meta']).map((clause) => ({ clause, text: fold(searchableText(clause)) })) : [],
				);
			data.set(r.id, d);
		}
		return d;
	};

	const chunk = (n: number) => {
		let set = presence.get(n);
		if (!set) {
			set = fetch(new URL(presenceChunkFile(n), base))
				.then((r) => (r.ok ? (r.json() as Promise<string[]>) : Promise.reject(new Error(`presence chunk ${n}: HTTP ${r.status}`))))
				.then((keys) => new Set(keys));
			presence.set(n, set);
		}
		return set;
	};

	const occurs = async (wording: string): Promise<boolean> => {
		const keys = termKeys(wording);
		try {
			const sets = await Promise.all(keys.map((k) => chunk(presenceChunk(k, presenceChunks))));
			return keys.every((k, i) => sets[i]!.has(k));
		} catch {
			// Without the presence index nothing can be said absent; search itself still works.
			return true;
		}
	};

	return {
		async candidates(terms: QueryTerm[], filters) {
			const pf = await pagefind;
			const known = await Promise.all(
				terms.map(async (t) => (await Promise.all(t.wordings.map((w) => occurs(w.text)))).map((has, i) => (has ? t.wordings[i]!.text : null))),
			);
			// Each word by its first wording the library has; words it has in no wording cannot be looked up.
			let words = [...new Set(known.flatMap((k) => k.find((w): w is string => w !== null) ?? []))];
			const ordered: PagefindResult[] = [];
			const seen = new Set<string>();
			const take = (results: PagefindResult[] | undefined) => {
				for (const r of results ?? []) {
					if (ordered.length >= DOCUMENTS) return;
					if (seen.has(r.id)) continue;
					seen.add(r.id);
					ordered.push(r);
				}
			};
			const looked = new Set<string>();
			while (words.length > 0 && ordered.length < DOCUMENTS) {
				looked.add(words.join(' '));
				take((await pf.search(words.join(' '), { filters }))?.results);
				words = words.length > 1 ? widen(words) : [];
			}
			for (const w of known.flat()) {
				if (ordered.length >= DOCUMENTS) break;
				if (w === null || looked.has(w)) continue;
				looked.add(w);
				take((await pf.search(w, { filters }))?.results);
			}
			const documents = await Promise.all(ordered.map(load));
			// A document matches a topic filter when any clause has the topic: the clause must have it too.
			return documents
				.flat()
				.filter(({ clause, text }) => wordsHeld(text, terms) > 0 && (filters.topic === undefined || clause.topics.split('、').includes(filters.topic)))
				.map(({ clause }) => clause);
		},
		warm() {
			// Loads Pagefind's WASM, and each part's entry and metadata, in its worker; a failure shows at the first query.
			pagefind.catch(() => undefined);
		},
		occurs,
	};
}
