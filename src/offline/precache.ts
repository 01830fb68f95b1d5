/** Bytes the service worker may download at install: above this, it keeps the core only. */
export const PRECACHE_BUDGET = 30 * 1024 * 1024;

/** Folders of per-document, per-topic and per-clause pages, and Pagefind's index shards. */
const ON_USE = /^(?:documents|topics|c)\/|^pagefind\/(?:parts\/\d+\/)?(?:fragment|index)\//;

/**
 * Which files the service worker downloads when it is installed. A library that fits the budget
 * is kept whole, so an installed copy reads and searches everything with the network off. A
 * larger one (thousands of documents: hundreds of MB) keeps its core (home, search, scripts,
 * Pagefind's entry files) and every other page or index shard once it has been opened; the
 * dated ZIP is the complete offline copy. `complete` says which of the two it is.
 */
export function precacheSelection(files: readonly { path: string; bytes: number }[], budget = PRECACHE_BUDGET): { paths: string[]; complete: boolean } {
	const total = files.reduce((sum, f) => sum + f.bytes, 0);
	if (total <= budget) return { paths: files.map((f) => f.path), complete: true };
	return { paths: files.filter((f) => !ON_USE.test(f.path)).map((f) => f.path), complete: false };
}
