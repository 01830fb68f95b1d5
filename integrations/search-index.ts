import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { writeScripts } from '../src/build/bundle-script.ts';
import { PAGEFIND_PART_DOCUMENTS } from '../src/config/build-env.ts';
import { stageTimer } from '../src/build/stages.ts';
import { writePagefindPartsInWorker, type PartsOptions } from './pagefind-parts.ts';
import { getLibraryModel, releaseLibrary } from '../src/library/load-library.ts';
import { releaseTargets } from '../src/targets/load-targets.ts';
import { OFFLINE_FULL_TEXT_CLAUSES, offlineIndexScript, packOfflineIndex } from '../src/search/offline-index.ts';
import { chunkPresence, libraryPresenceKeys } from '../src/search/presence.ts';
import { documentSources, searchData, type SearchData } from '../src/search/records.ts';
import { ARRIVE_SCRIPT, COPY_SCRIPT, OFFLINE_INDEX_SCRIPT, PACK_SCRIPT, PAGEFIND_DIR, presenceChunkFile, SEARCH_SCRIPT } from '../src/search/search-files.ts';
import { searchableText } from '../src/search/sources/source.ts';
import { searchWords } from '../src/search/vocabulary.ts';

/** The search index's settings, from astro.config.mjs. */
export interface SearchIndexOptions {
	/** the content folder, for the domain vocabulary and the synonym groups */
	contentDir: string;
	/** clauses up to which the offline index carries their text (see OFFLINE_FULL_TEXT_CLAUSES) */
	offlineFullTextClauses?: number;
	/** where stage timings are recorded, if anywhere */
	stagesFile?: string | undefined;
	/** index every part again, ignoring the parts kept from earlier builds */
	force?: boolean;
	/** documents per search index part, at most (PAGEFIND_PART_DOCUMENTS) */
	partDocuments?: number;
}

/**
 * Builds the search index from the library model: a Pagefind index (one record per document,
 * carrying its clauses, with filters; written in parts, see pagefind-parts.ts), the presence index, the offline index, and the page scripts (search, highlight
 * on arrival, copy controls), each bundled as one classic script with the same modules the
 * build uses. Pagefind starts indexing when the build starts, so its indexer (a separate
 * process) works on the second core while Astro renders the pages.
 */
export function searchIndex({
	contentDir,
	offlineFullTextClauses = OFFLINE_FULL_TEXT_CLAUSES,
	stagesFile,
	force = false,
	partDocuments = PAGEFIND_PART_DOCUMENTS,
}: SearchIndexOptions): AstroIntegration {
	const time = stageTimer(stagesFile);
	// Read when the build starts, not when the configuration is loaded (astro check loads it too).
	let lists: SearchWords | undefined;
	const words = () => (lists ??= searchWords(contentDir));
	let started: Promise<Started> | undefined;
	let staging = '';
	let parts: PartsOptions = { partDocuments };
	return {
		name: 'clause-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				staging = join(fileURLToPath(config.cacheDir), 'pagefind-staging');
				parts = { partDocuments, cache: { dir: join(fileURLToPath(config.cacheDir), 'pagefind-parts'), force } };
			},
			'astro:build:start': () => {
				started = time('search index: pagefind', () => startIndex(staging, words().vocabulary, parts));
				// A content error surfaces from the pages first; this keeps it from also crashing the process.
				started.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				await time('search index', async () =>
					writeSearchIndex(
						out,
						await (started ?? startIndex(staging, words().vocabulary, parts)),
						{ words: words(), offlineFullTextClauses },
						logger.fork('search'),
					),
				);
				// The last step that reads the library: the offline copy and the verifier need only the files.
				started = undefined;
				releaseLibrary();
				releaseTargets();
			},
		},
	};
}

interface Started {
	data: SearchData;
	/** where Pagefind wrote its index, to be moved into the site */
	written: string;
	/** how many parts the search page merges */
	parts: number;
	/** how many of them were kept from an earlier build */
	reused: number;
}

/** The segmenter's vocabulary and the synonym groups. */
type SearchWords = ReturnType<typeof searchWords>;

/** Indexes every clause with Pagefind and writes the index to `staging` (the site's folder is Astro's until the pages are done). */
async function startIndex(staging: string, vocabulary: string[], options: PartsOptions): Promise<Started> {
	// The model before its similar clauses, which the search index does not read: indexing starts while they are found.
	const library = await getLibraryModel();
	const data = searchData(library);
	// Words are cut per part, only for the parts not kept from an earlier build, in a worker thread.
	const { parts, reused } = await writePagefindPartsInWorker(documentSources(data.records), staging, vocabulary, options);
	return { data, written: staging, parts, reused };
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

/** The settings writing the index needs. */
interface WriteOptions {
	words: SearchWords;
	offlineFullTextClauses: number;
}

/** Writes a file of the site, making its folder. */
function writeSiteFile(outDir: string, file: string, text: string): void {
	mkdirSync(dirname(join(outDir, file)), { recursive: true });
	writeFileSync(join(outDir, file), text);
}

/** A script file's entry name for the bundler: its path without .js. */
const entryName = (file: string) => file.replace(/\.js$/, '');

async function writeSearchIndex(
	outDir: string,
	{ data, written, parts, reused }: Started,
	options: WriteOptions,
	logger: AstroIntegrationLogger,
): Promise<void> {
	const { records } = data;
	moveFolder(written, join(outDir, PAGEFIND_DIR));

	// The offline index: one classic script, for copies read from disk (titles only for a very large library).
	const offline = packOfflineIndex(data, options.offlineFullTextClauses);
	writeSiteFile(outDir, OFFLINE_INDEX_SCRIPT, offlineIndexScript(offline));

	const chunks = chunkPresence(libraryPresenceKeys(records.map((r) => searchableText(r.meta))));
	chunks.forEach((c, i) => {
		writeSiteFile(outDir, presenceChunkFile(i), JSON.stringify(c));
	});

	await writeScripts(
		{
			[entryName(SEARCH_SCRIPT)]: fileURLToPath(new URL('../src/search/client.ts', import.meta.url)),
			[entryName(ARRIVE_SCRIPT)]: fileURLToPath(new URL('../src/search/arrive.ts', import.meta.url)),
			[entryName(COPY_SCRIPT)]: fileURLToPath(new URL('../src/cite/copy.ts', import.meta.url)),
			[entryName(PACK_SCRIPT)]: fileURLToPath(new URL('../src/pack/page.ts', import.meta.url)),
		},
		outDir,
		{ __VOCABULARY__: options.words.vocabulary, __SYNONYMS__: options.words.synonyms, __PRESENCE_CHUNKS__: chunks.length, __PAGEFIND_PARTS__: parts },
	);
	logger.info(
		`indexed ${records.length} clauses in ${parts} Pagefind part(s), ${reused} unchanged since the last build; presence index in ${chunks.length} chunks; offline index ${offline.fullText ? 'full text' : 'titles only'}`,
	);
}
