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
 * - A document's part follows from its address alone, and a part's files from its documents'
 *   sources, the vocabulary and the code that cuts them into words: a part whose digest of
 *   these is unchanged since the last build is copied from the cache, neither cut into words
 *   nor indexed again, so an edit re-indexes only the part that holds the edited document.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import * as pagefind from 'pagefind';
import { codeDigest } from '../src/build/code-digest.ts';
import { readRecordFile, writeRecordFile } from '../src/build/record-file.ts';
import { runInWorker } from '../src/build/run-in-worker.ts';
import { PAGEFIND_PART_DOCUMENTS } from '../src/config/build-env.ts';
import { documentRecord, type SearchSource } from '../src/search/records.ts';
import type { ChineseSegmenter } from '../src/search/segment.ts';
import { pagefindPart } from '../src/search/search-files.ts';
import { LOADER_WORD, PAGEFIND_LANGUAGE } from '../src/search/sources/pagefind-source.ts';

/** Records in flight to Pagefind at once: enough to keep its indexer busy. */
const IN_FLIGHT = 64;

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

/**
 * The code that makes a document's record from its source: a change to it re-indexes every part.
 * The segmenter's Intl.Segmenter comes with Node's ICU, and the lockfile names every package.
 */
const RECORD_CODE = codeDigest({
	files: [new URL('../src/search/segment.ts', import.meta.url), new URL('../src/search/records.ts', import.meta.url)],
	also: [`${process.version} icu ${process.versions.icu} unicode ${process.versions.unicode}`],
});

/** A part's cache key: the digest of its documents' sources, in order, and of everything else their records follow from. */
function partDigest(sources: readonly Pick<SearchSource, 'url' | 'texts' | 'meta' | 'filters'>[], vocabulary: string): string {
	const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${PAGEFIND_LANGUAGE} ${LOADER_WORD} ${RECORD_CODE} ${vocabulary}\n`);
	for (const r of sources) hash.update(JSON.stringify([r.url, r.texts, r.meta, r.filters])).update('\n');
	return hash.digest('base64url');
}

/** What writing the index did: how many parts the search page merges, and how many came from the cache. */
export interface PartsWritten {
	parts: number;
	reused: number;
}

/** How the parts are made: their size, and where they are kept between builds. */
export interface PartsOptions {
	/** documents per part, at most: fewer parts search faster, smaller parts take less memory to build (see above) */
	partDocuments: number;
	/** the folder parts are kept in between builds, and whether to ignore what is kept there */
	cache?: { dir: string; force: boolean };
}

/** How the documents' texts are cut into words: the segmenter, and its vocabulary (for the parts' digests). */
export interface Words {
	segmenter: ChineseSegmenter;
	vocabulary: readonly string[];
}

/**
 * Writes the loader and the parts into `staging`, emptying `sources` as the parts take them.
 * Each part (and the loader) is taken from `cache` when a build before indexed the same
 * sources the same way; only the others are cut into words and indexed. The cache keeps the
 * parts of this build only.
 */
export async function writePagefindParts(
	sources: SearchSource[],
	staging: string,
	words: Words,
	{ partDocuments, cache }: PartsOptions,
): Promise<PartsWritten> {
	const parts = partCount(sources.length, partDocuments);
	rmSync(staging, { recursive: true, force: true });
	// Documents go to parts by a hash of their address, so each part holds a like share of every
	// kind of document (their scores compare) and an edit changes one part; each part in address order.
	const byPart = Array.from({ length: parts }, () => [] as SearchSource[]);
	for (const r of sources) byPart[partOf(r.url, parts)]!.push(r);
	sources.length = 0;
	for (const part of byPart) part.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	const vocabulary = createHash('sha256').update(words.vocabulary.join('\n')).digest('base64url');
	const used = new Set<string>();
	const keptOrWritten = async (key: string, dir: string, writeIt: () => Promise<void>): Promise<boolean> => {
		used.add(key);
		const kept = cache && join(cache.dir, key);
		if (kept && !cache.force && existsSync(kept)) {
			cpSync(kept, dir, { recursive: true });
			return true;
		}
		await writeIt();
		if (kept) {
			const temp = `${kept}.partial`;
			rmSync(temp, { recursive: true, force: true });
			cpSync(dir, temp, { recursive: true });
			rmSync(kept, { recursive: true, force: true });
			renameSync(temp, kept);
		}
		return false;
	};
	let reused = 0;
	try {
		// The loader first: its folder holds the parts' folders once they are written.
		await keptOrWritten(`loader-${partDigest([], '')}`, staging, () => writeLoader(staging));
		for (const [n, part] of byPart.entries()) {
			const dir = join(staging, pagefindPart(n));
			// The words of the part's documents are kept beside it, so re-indexing it cuts only the documents that changed.
			const wordsFile = `words-${n}.v8`;
			used.add(wordsFile);
			const wordsOf = keptWords(cache && join(cache.dir, wordsFile), `${RECORD_CODE} ${vocabulary}`, words.segmenter, cache?.force ?? false);
			if (await keptOrWritten(`part-${partDigest(part, vocabulary)}`, dir, () => writePart(part, dir, wordsOf))) reused++;
			else wordsOf.keep();
			byPart[n] = [];
		}
	} finally {
		await pagefind.close();
	}
	if (cache && existsSync(cache.dir))
		for (const name of readdirSync(cache.dir)) if (!used.has(name)) rmSync(join(cache.dir, name), { recursive: true, force: true });
	return { parts, reused };
}

/**
 * writePagefindParts in a worker thread, so that cutting the documents into words does not take
 * turns with rendering the pages on the main thread. The sources go over serialised, in a
 * transferred buffer, and the caller lets go of them.
 */
export function writePagefindPartsInWorker(
	sources: SearchSource[],
	staging: string,
	vocabulary: readonly string[],
	options: PartsOptions,
): Promise<PartsWritten> {
	const buffer = serialize(sources);
	sources.length = 0;
	const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
	return runInWorker(new URL('./pagefind-parts-worker.ts', import.meta.url), { sources: bytes, staging, vocabulary, options }, 'the search index worker', {
		transferList: [bytes.buffer],
	});
}

/**
 * Parts a library of `documents` is split into: as few as hold at most `partDocuments` each.
 * Smaller parts would let a rebuild re-index less (at 1,000 documents, four parts of 250 took
 * the rebuild after one edit from 15.0 s to 10.0 s, and the full build's peak from 2.11 GB to
 * 1.64 GB), but each part adds its entry, metadata and index chunks to a reader's first query:
 * four parts made the search page and first query 405 KB where one part makes them 150 KB,
 * and stock Pagefind 215 KB. Readers come first.
 */
export function partCount(documents: number, partDocuments = PAGEFIND_PART_DOCUMENTS): number {
	return Math.max(1, Math.ceil(documents / partDocuments));
}

/** The loader: Pagefind's script, worker and WASM, with an index of one placeholder record. */
async function writeLoader(dir: string): Promise<void> {
	const index = await newIndex();
	const added = await index.addCustomRecord({ url: 'search.html', content: LOADER_WORD, language: PAGEFIND_LANGUAGE, meta: {} });
	if (added.errors.length > 0) throw new Error(`Pagefind refused the loader's record: ${added.errors.join('; ')}`);
	await write(index, dir);
	await index.deleteIndex();
}

/** A document's indexed words, taken from those kept for the part when its texts are unchanged; `keep` writes this part's for the next build. */
interface PartWords {
	(source: SearchSource): string;
	keep: () => void;
}

/** The kept words of a part (a record file of [digest of a document's texts, its words]), made by `maker` (the code and vocabulary). */
function keptWords(file: string | undefined, maker: string, segmenter: ChineseSegmenter, ignore: boolean): PartWords {
	let kept: Map<string, string> | undefined;
	const used = new Map<string, string>();
	const wordsOf = (source: SearchSource): string => {
		if (kept === undefined) {
			kept = new Map();
			if (file !== undefined && !ignore)
				readRecordFile(file, maker, (r) => {
					const [digest, words] = r as [string, string];
					kept!.set(digest, words);
				});
		}
		const digest = createHash('sha256').update(JSON.stringify(source.texts)).digest('base64url');
		const words = used.get(digest) ?? kept.get(digest) ?? documentRecord(source, segmenter).content;
		used.set(digest, words);
		return words;
	};
	return Object.assign(wordsOf, {
		keep: () => {
			if (file !== undefined) writeRecordFile(file, maker, used);
		},
	});
}

/** One part: its documents' words and records indexed, a few at a time, written to `dir` with only its index files. */
async function writePart(sources: SearchSource[], dir: string, wordsOf: (source: SearchSource) => string): Promise<void> {
	const index = await newIndex();
	for (let at = 0; at < sources.length; at += IN_FLIGHT) {
		await Promise.all(
			sources.slice(at, at + IN_FLIGHT).map(async (source) => {
				const { url, meta, filters } = source;
				const added = await index.addCustomRecord({ url, content: wordsOf(source), language: PAGEFIND_LANGUAGE, meta, filters });
				if (added.errors.length > 0) throw new Error(`Pagefind refused ${url}: ${added.errors.join('; ')}`);
			}),
		);
	}
	await write(index, dir);
	// A part needs only its index: the script, worker and WASM come from the loader.
	for (const f of readdirSync(dir)) if (/\.(js|css)$|^wasm\./.test(f)) rmSync(join(dir, f));
	await index.deleteIndex();
}
