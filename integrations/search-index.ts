import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { timeStage } from '../src/build/stages.ts';
import { contentDir } from '../src/library/content-dir.ts';
import { chunkPresence, presenceKeys } from '../src/search/presence.ts';
import type { SearchData } from '../src/search/records.ts';
import { OFFLINE_GLOBAL } from '../src/search/sources/offline-source.ts';
import { searchableText } from '../src/search/sources/source.ts';
import { parseVocabulary } from '../src/search/segment.ts';

/** Where the search code and data go in the site. */
export const SEARCH_DIR = 'search';

/**
 * At the end of the build, turns the clause records into the search index: a Pagefind index
 * (one zh record per clause, with filters), the presence index, the offline index, and the
 * page scripts (search, highlight on arrival, copy controls), each bundled as one classic
 * script with the same modules the build uses.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'clause-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await timeStage('search index', () => writeSearchIndex(fileURLToPath(dir), logger.fork('search')));
			},
		},
	};
}

async function writeSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
	const recordsFile = join(outDir, 'search-records.json');
	const data = JSON.parse(readFileSync(recordsFile, 'utf8')) as SearchData;
	const { records } = data;
	rmSync(recordsFile);

	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		for (const r of records) {
			const added = await index.addCustomRecord({ url: r.url, content: r.content, language: 'zh', meta: { ...r.meta }, filters: r.filters });
			if (added.errors.length > 0) throw new Error(`Pagefind refused ${r.url}: ${added.errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}

	// The offline index: every clause in one classic script, for copies read from disk.
	const offline = records.map((r) => ({ ...r.meta, filters: r.filters, cite: r.cite }));
	mkdirSync(join(outDir, SEARCH_DIR), { recursive: true });
	writeFileSync(join(outDir, SEARCH_DIR, 'offline-index.js'), `window.${OFFLINE_GLOBAL}=${JSON.stringify({ records: offline, aliases: data.aliases, removed: data.removed })};\n`);

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
			__VOCABULARY__: JSON.stringify(parseVocabulary(readFileSync(join(contentDir, 'vocabulary.txt'), 'utf8'))),
			__PRESENCE_CHUNKS__: String(chunks.length),
		},
	});
	logger.info(`indexed ${records.length} clauses; presence index in ${chunks.length} chunks`);
}
