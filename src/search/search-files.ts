/**
 * Where the search code and data, and the other scripts bundled with them, live in the built
 * site, written once for the step that writes them (integrations/search-index.ts), the pages
 * that load them, the browser code that fetches them and the service worker's precache rules.
 * All paths are relative to the site root.
 */

/** The copy controls' script, loaded on the first press of 复制链接/复制引用. */
export const COPY_SCRIPT = 'assets/copy.js';

/** The course pack page's script. */
export const PACK_SCRIPT = 'assets/pack.js';

/** The folder of the search scripts and data. */
export const SEARCH_DIR = 'search';

/** The search page's script. */
export const SEARCH_SCRIPT = `${SEARCH_DIR}/search.js`;

/** The script that marks searched words in a clause reached from a result. */
export const ARRIVE_SCRIPT = `${SEARCH_DIR}/arrive.js`;

/** The offline index: a classic script, so a copy read from disk can load it. */
export const OFFLINE_INDEX_SCRIPT = `${SEARCH_DIR}/offline-index.js`;

/** The folder of the presence index's chunks. */
export const PRESENCE_DIR = `${SEARCH_DIR}/presence`;

/** The file of one chunk of the presence index. */
export function presenceChunkFile(chunk: number): string {
	return `${PRESENCE_DIR}/${chunk}.json`;
}

/** Pagefind's folder and its entry script. */
export const PAGEFIND_DIR = 'pagefind';

/** Pagefind's entry script, loaded by the search page on a server. */
export const PAGEFIND_SCRIPT = `${PAGEFIND_DIR}/pagefind.js`;

/** Part `n` of the library's Pagefind index, inside Pagefind's folder (see integrations/pagefind-parts.ts). */
export function pagefindPart(n: number): string {
	return `parts/${n}/`;
}
