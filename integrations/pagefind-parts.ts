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
 */
import { readdirSync, rmSync } from 'node:fs';
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

/** Writes the loader and the parts into `staging`, emptying `records` as Pagefind takes them; returns the number of parts. */
export async function writePagefindParts(records: DocumentRecord[], staging: string): Promise<number> {
	const parts = Math.max(1, Math.ceil(records.length / PART_DOCUMENTS));
	rmSync(staging, { recursive: true, force: true });
	try {
		const loader = await newIndex();
		await loader.addCustomRecord({ url: 'search.html', content: LOADER_WORD, language: PAGEFIND_LANGUAGE, meta: {} });
		await write(loader, staging);
		await loader.deleteIndex();
		// Documents go to parts in turn, so each part holds a like share of every kind of document and their scores compare.
		const byPart = Array.from({ length: parts }, () => [] as DocumentRecord[]);
		records.forEach((r, i) => byPart[i % parts]!.push(r));
		records.length = 0;
		for (const [n, part] of byPart.entries()) {
			const index = await newIndex();
			while (part.length > 0) {
				await Promise.all(
					part.splice(0, IN_FLIGHT).map(async (r) => {
						const added = await index.addCustomRecord({ url: r.url, content: r.content, language: PAGEFIND_LANGUAGE, meta: r.meta, filters: r.filters });
						if (added.errors.length > 0) throw new Error(`Pagefind refused ${r.url}: ${added.errors.join('; ')}`);
					}),
				);
			}
			const dir = join(staging, pagefindPart(n));
			await write(index, dir);
			await index.deleteIndex();
			// A part needs only its index: the script, worker and WASM come from the loader.
			for (const f of readdirSync(dir)) if (/\.(js|css)$|^wasm\./.test(f)) rmSync(join(dir, f));
		}
	} finally {
		await pagefind.close();
	}
	return parts;
}
