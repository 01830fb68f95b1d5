/**
 * Writes the library's Pagefind index as the search page loads it: a small loader bundle in
 * pagefind/ (Pagefind's script, worker and WASM, and an index of one placeholder record), and
 * the documents in parts, pagefind/parts/<n>/, which the search page merges (mergeIndex) under
 * the language PAGEFIND_LANGUAGE. Why so:
 * - A merged index is searched in the language it is merged with; the loader's is the page's
 *   (zh-CN), under which Pagefind would cut the query's words again with Intl.Segmenter.
 * - Pagefind scores every document holding a lookup's words against every posting of those
 *   words, so a lookup's cost grows with the square of the documents: a part of 1/n of the
 *   library costs 1/n² of it, and n parts 1/n.
 * - Each part is written and its memory freed before the next is indexed.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { DocumentRecord } from '../src/search/records.ts';
import { pagefindPart } from '../src/search/search-files.ts';
import { LOADER_WORD, PAGEFIND_LANGUAGE } from '../src/search/sources/pagefind-source.ts';

/** Records in flight to Pagefind at once: enough to keep its indexer busy. */
const IN_FLIGHT = 64;

/** Documents per part, at most: a lookup's cost grows with the square of a part's documents, and each part adds a few small files to a first query. */
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
