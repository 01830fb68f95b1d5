/**
 * Search candidates on a server: Pagefind's index (one record per document, see records.ts)
 * and the presence index of which words occur at all.
 */
import type { Filters } from '../filters.ts';
import { presenceChunk, termKeys } from '../presence.ts';
import { unpackClauses, type DocumentRecord } from '../records.ts';
import { PAGEFIND_SCRIPT, presenceChunkFile } from '../search-files.ts';
import { fold } from '../segment.ts';
import { searchableText, type CandidateSource, type ClauseMeta } from './source.ts';

/** Documents whose clauses the ranking looks at, per query. */
export const DOCUMENTS = 8;

interface PagefindResult {
	id: string;
	data(): Promise<{ meta: DocumentRecord['meta'] }>;
}
interface Pagefind {
	init?(): Promise<void>;
	search(query: string, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Candidates from the Pagefind index, on a server. Pagefind holds one record per document; the
 * query and each of its terms are looked up separately (Pagefind alone wants every term in one
 * record and silently drops terms it does not know), the best documents of those lookups are
 * taken in turn, and their clauses holding any term are the candidates the ranking orders.
 * The presence index answers which terms occur at all.
 */
export function pagefindSource(base: string, presenceChunks: number): CandidateSource {
	const data = new Map<string, Promise<{ clause: ClauseMeta; text: string }[]>>();
	const presence = new Map<number, Promise<Set<string>>>();
	// Pagefind runs its WASM in a worker: on a slow phone, compiling it on the main thread
	// blocks typing (Lighthouse: 95 instead of 100), worth the worker's extra 12 KB gzipped.
	const pagefind = import(new URL(PAGEFIND_SCRIPT, base).href) as Promise<Pagefind>;

	const load = (r: PagefindResult) => {
		let d = data.get(r.id);
		if (!d) {
			d = r.data().then(({ meta }) => unpackClauses(meta).map((clause) => ({ clause, text: fold(searchableText(clause)) })));
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

	return {
		async candidates(terms, filters) {
			const pf = await pagefind;
			const lookups = terms.length > 1 ? [terms.join(' '), ...terms] : terms;
			const lists = (await Promise.all(lookups.map((q) => pf.search(q, { filters })))).map((f) => f?.results ?? []);
			const ordered: PagefindResult[] = [];
			const seen = new Set<string>();
			const take = (r: PagefindResult | undefined) => {
				if (r && !seen.has(r.id)) {
					seen.add(r.id);
					ordered.push(r);
				}
			};
			if (terms.length > 1) lists.shift()!.slice(0, DOCUMENTS).forEach(take);
			for (let i = 0; ordered.length < DOCUMENTS && lists.some((l) => i < l.length); i++) for (const l of lists) take(l[i]);
			const documents = await Promise.all(ordered.slice(0, DOCUMENTS).map(load));
			// A document matches a topic filter when any clause has the topic: the clause must have it too.
			return documents
				.flat()
				.filter(({ clause, text }) => terms.some((t) => text.includes(t)) && (filters.topic === undefined || clause.topics.split('、').includes(filters.topic)))
				.map(({ clause }) => clause);
		},
		warm() {
			// Loads Pagefind's WASM, entry and metadata in its worker; a failure shows at the first query.
			pagefind.then((pf) => pf.init?.()).catch(() => undefined);
		},
		async occurs(term) {
			const keys = termKeys(term);
			try {
				const sets = await Promise.all(keys.map((k) => chunk(presenceChunk(k, presenceChunks))));
				return keys.every((k, i) => sets[i]!.has(k));
			} catch {
				// Without the presence index nothing can be said absent; search itself still works.
				return true;
			}
		},
	};
}
