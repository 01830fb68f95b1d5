/**
 * Writes the library's Pagefind index as the search page loads it: a small loader bundle in
 * pagefind/ (Pagefind's script, worker and WASM, and an index of one placeholder record), and
 * the documents in parts, pagefind/parts/<n>/, which the search page merges (mergeIndex) under
 * the language PAGEFIND_LANGUAGE. Why so:
 * - A merged index is searched in the language it is merged with; the loader's is the page's
 *   (zh-CN), under which Pagefind would cut the query's words again with Intl.Segmenter.
 * - Pagefind holds an index in memory until it is written: at 10,000 documents one index took
 *   its indexer to 6.6 GB, beside Astro's 4.6 GB while rendering. Parts of 2,500 documents, each
 *   written and freed before the next, keep it at 2.2 GB. Each part costs a lookup about 6 ms
 *   more (10,000 documents: 25 ms in one part, 45 ms in four; BENCHMARKS.md), well within the
 *   search page's budget, so parts are sized for memory.
 * - A document's part follows from its address alone, and a part's files from its records: a
 *   part whose records are unchanged since the last build is copied from the cache instead of
 *   indexed again, so an edit re-indexes only the part that holds the edited document.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { DocumentRecord } from '../src/search/records.ts';
import { pagefindPart } from '../src/search/search-files.ts';
import { LOADER_WORD, PAGEFIND_LANGUAGE } from '../src/search/sources/pagefind-source.ts';

/** Records in flight to Pagefind at once: enough to keep its indexer busy. */
const IN_FLIGHT = 64;

/** Documents per part, at most: fewer parts search faster, smaller parts take less memory to build (see above). */
export const PART_DOCUMENTS = Number(process.env['PAGEFIND_PART_DOCUMENTS'] ?? 2500);

async function newIndex(): Promise<pagefind.PagefindIndex> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: PAGEFIND_LANGUAGE });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	return index;
}

async function write(index: pagefind.PagefindIndex, outputPath: string): Promise<void> {
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
}

/** The Pagefind version: its index files are a function of it and of the records. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(findPackageJSON('pagefind', import.meta.url)!, 'utf8')) as { version: string }).version;

/** The part a document belongs to, from its address (FNV-1a): the same part in every build of the same number of parts. */
export function partOf(url: string, parts: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193) >>> 0;
	return h % parts;
}

/** A part's cache key: the digest of what Pagefind is given, in the order it is given. */
function partDigest(records: readonly DocumentRecord[]): string {
	const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${PAGEFIND_LANGUAGE} ${LOADER_WORD}\n`);
	for (const r of records) hash.update(JSON.stringify([r.url, r.content, r.meta, r.filters])).update('\n');
	return hash.digest('base64url');
}

/** What writing the index did: how many parts the search page merges, and how many came from the cache. */
export interface PartsWritten {
	parts: number;
	reused: number;
}

/** Where the parts are kept between builds, and whether to ignore what is kept there. */
export interface PartsCache {
	dir: string;
	force: boolean;
}

/**
 * Writes the loader and the parts into `staging`, emptying `records` as Pagefind takes them. Each
 * part is taken from `cache` when a build before indexed the same records; the cache keeps the
 * parts of this build only.
 */
export async function writePagefindParts(records: DocumentRecord[], staging: string, cache?: PartsCache): Promise<PartsWritten> {
	const parts = Math.max(1, Math.ceil(records.length / PART_DOCUMENTS));
	rmSync(staging, { recursive: true, force: true });
	// Documents go to parts by a hash of their address, so each part holds a like share of every
	// kind of document (their scores compare) and an edit changes one part; each part in address order.
	const byPart = Array.from({ length: parts }, () => [] as DocumentRecord[]);
	for (const r of records) byPart[partOf(r.url, parts)]!.push(r);
	records.length = 0;
	for (const part of byPart) part.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	const loaderRecord: DocumentRecord = {
		url: 'search.html',
		content: LOADER_WORD,
		meta: {} as DocumentRecord['meta'],
		filters: {} as DocumentRecord['filters'],
	};
	const jobs = [
		{ dir: staging, records: [loaderRecord], loader: true },
		...byPart.map((part, n) => ({ dir: join(staging, pagefindPart(n)), records: part, loader: false })),
	];
	const used = new Set<string>();
	let reused = 0;
	try {
		for (const job of jobs) {
			const key = `${job.loader ? 'loader' : 'part'}-${partDigest(job.records)}`;
			used.add(key);
			const kept = cache && join(cache.dir, key);
			if (kept && !cache.force && existsSync(kept)) {
				cpSync(kept, job.dir, { recursive: true });
				job.records.length = 0;
				if (!job.loader) reused++;
				continue;
			}
			const index = await newIndex();
			while (job.records.length > 0) {
				await Promise.all(
					job.records.splice(0, IN_FLIGHT).map(async (r) => {
						const added = await index.addCustomRecord({
							url: r.url,
							content: r.content,
							language: PAGEFIND_LANGUAGE,
							meta: r.meta,
							...(job.loader ? {} : { filters: r.filters }),
						});
						if (added.errors.length > 0) throw new Error(`Pagefind refused ${r.url}: ${added.errors.join('; ')}`);
					}),
				);
			}
			await write(index, job.dir);
			// A part needs only its index: the script, worker and WASM come from the loader.
			if (!job.loader) for (const f of readdirSync(job.dir)) if (/\.(js|css)$|^wasm\./.test(f)) rmSync(join(job.dir, f));
			await index.deleteIndex();
			if (kept) {
				// The loader's folder holds the parts' folders too: only its own files are kept.
				const temp = `${kept}.partial`;
				rmSync(temp, { recursive: true, force: true });
				cpSync(job.dir, temp, { recursive: true, filter: (src) => !job.loader || !src.startsWith(join(job.dir, 'parts')) });
				rmSync(kept, { recursive: true, force: true });
				renameSync(temp, kept);
			}
		}
	} finally {
		await pagefind.close();
	}
	if (cache && existsSync(cache.dir))
		for (const name of readdirSync(cache.dir)) if (!used.has(name)) rmSync(join(cache.dir, name), { recursive: true, force: true });
	return { parts, reused };
}
