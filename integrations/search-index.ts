import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { timeStage } from '../src/build/stages.ts';
import { getLibrary } from '../src/library/load-library.ts';
import { OFFLINE_FULL_TEXT_CLAUSES, packOfflineIndex } from '../src/search/offline-index.ts';
import { chunkPresence, presenceKeys } from '../src/search/presence.ts';
import { documentRecords, searchData, type SearchData } from '../src/search/records.ts';
import { OFFLINE_GLOBAL } from '../src/search/sources/offline-source.ts';
import { searchableText } from '../src/search/sources/source.ts';
import { createSegmenter } from '../src/search/segment.ts';
import { loadVocabulary } from '../src/search/vocabulary.ts';

/** Where the search code and data go in the site. */
export const SEARCH_DIR = 'search';

/** Records in flight to Pagefind at once: enough to keep its indexer busy. */
const IN_FLIGHT = 64;

/**
 * Builds the search index from the library model: a Pagefind index (one zh record per document,
 * carrying its clauses, with filters), the presence index, the offline index, and the page scripts (search, highlight
 * on arrival, copy controls), each bundled as one classic script with the same modules the
 * build uses. Pagefind starts indexing when the build starts, so its indexer (a separate
 * process) works on the second core while Astro renders the pages.
 */
export function searchIndex(): AstroIntegration {
	let started: Promise<Started> | undefined;
	let staging = '';
	return {
		name: 'clause-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				staging = join(fileURLToPath(config.cacheDir), 'pagefind-staging');
			},
			'astro:build:start': () => {
				started = timeStage('search index: pagefind', () => startIndex(staging));
				// A content error surfaces from the pages first; this keeps it from also crashing the process.
				started.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				await timeStage('search index', async () => writeSearchIndex(fileURLToPath(dir), await (started ?? startIndex(staging)), logger.fork('search')));
			},
		},
	};
}

interface Started {
	data: SearchData;
	/** where Pagefind wrote its index, to be moved into the site */
	written: string;
}

/** Indexes every clause with Pagefind and writes the index to `staging` (the site's folder is Astro's until the pages are done). */
async function startIndex(staging: string): Promise<Started> {
	const library = await getLibrary();
	const data = searchData(library, createSegmenter({ vocabulary: loadVocabulary() }));
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const records = documentRecords(data.records);
	// The segmented text is Pagefind's alone: each batch is let go once Pagefind has it, and the
	// clauses' copy at once (gigabytes at 10,000 documents).
	for (const r of data.records) r.content = '';
	while (records.length > 0) {
		await Promise.all(
			records.splice(0, IN_FLIGHT).map(async (r) => {
				const added = await index.addCustomRecord({ url: r.url, content: r.content, language: 'zh', meta: r.meta, filters: r.filters });
				if (added.errors.length > 0) throw new Error(`Pagefind refused ${r.url}: ${added.errors.join('; ')}`);
			}),
		);
	}
	rmSync(staging, { recursive: true, force: true });
	try {
		const written = await index.writeFiles({ outputPath: staging });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
	return { data, written: staging };
}

/** Moves a folder, copying when the two places are on different file systems (the cache and the output may be). */
function moveFolder(from: string, to: string): void {
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		cpSync(from, to, { recursive: true });
		rmSync(from, { recursive: true, force: true });
	}
}

async function writeSearchIndex(outDir: string, { data, written }: Started, logger: AstroIntegrationLogger): Promise<void> {
	const { records } = data;
	moveFolder(written, join(outDir, 'pagefind'));

	// The offline index: one classic script, for copies read from disk (titles only for a very large library).
	const offline = packOfflineIndex(data, Number(process.env['OFFLINE_FULL_TEXT_CLAUSES'] ?? OFFLINE_FULL_TEXT_CLAUSES));
	mkdirSync(join(outDir, SEARCH_DIR), { recursive: true });
	writeFileSync(join(outDir, SEARCH_DIR, 'offline-index.js'), `window.${OFFLINE_GLOBAL}=${JSON.stringify(offline)};\n`);

	const keys = new Set<string>();
	for (const r of records) for (const k of presenceKeys(searchableText(r.meta))) keys.add(k);
	const chunks = chunkPresence(keys);
	mkdirSync(join(outDir, SEARCH_DIR, 'presence'), { recursive: true });
	chunks.forEach((c, i) => writeFileSync(join(outDir, SEARCH_DIR, 'presence', `${i}.json`), JSON.stringify(c)));

	await build({
		entryPoints: {
			[`${SEARCH_DIR}/search`]: fileURLToPath(new URL('../src/search/client.ts', import.meta.url)),
			[`${SEARCH_DIR}/arrive`]: fileURLToPath(new URL('../src/search/arrive.ts', import.meta.url)),
			'assets/copy': fileURLToPath(new URL('../src/cite/copy.ts', import.meta.url)),
			'assets/pack': fileURLToPath(new URL('../src/pack/page.ts', import.meta.url)),
		},
		outdir: outDir,
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		legalComments: 'none',
		define: {
			__VOCABULARY__: JSON.stringify(loadVocabulary()),
			__PRESENCE_CHUNKS__: String(chunks.length),
		},
	});
	logger.info(`indexed ${records.length} clauses; presence index in ${chunks.length} chunks; offline index ${offline.fullText ? 'full text' : 'titles only'}`);
}
