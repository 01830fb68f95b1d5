import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stageTimer } from '../build/stages.ts';
import { pageSettings } from '../config/build-settings.ts';
import { KeptParses } from './kept-parses.ts';
import { buildLibrary, inDocumentOrder, withSimilar } from './build-library.ts';
import { readContent } from './read-data.ts';
import { computeSimilarInParallel } from './similar-parallel.ts';
import type { Library } from './types.ts';

/**
 * The library model, built once per build and shared by every page and by the build's own
 * steps (search index, short links), which Astro loads as separate module instances: hence the
 * process-wide key rather than a module variable. The content folder and the stage timing come
 * from the build settings astro.config.mjs provides (src/config/build-settings.ts).
 *
 * The documents are read by the library's own MDX parser rather than an Astro content
 * collection: pages render from the parsed clauses, and a collection would make Astro compile
 * every document into a module as well, which at 10,000 documents was most of the build.
 */
const KEY = Symbol.for('policy-clause-library');

interface Shared {
	/** the library before its similar clauses are found */
	model?: Promise<Library>;
	library?: Promise<Library>;
	version?: number;
}

/** The latest change to the content folder's files (the dev server rebuilds the model on change). */
function contentVersion(contentDir: string): number {
	let latest = 0;
	for (const dir of [contentDir, join(contentDir, 'documents')]) {
		for (const entry of readdirSync(dir, { withFileTypes: true }))
			if (entry.isFile() || entry.isDirectory()) latest = Math.max(latest, statSync(join(dir, entry.name)).mtimeMs);
	}
	return latest;
}

/**
 * The library model of this build, read once from the configured content folder (again on change
 * in `astro dev`), with its similar clauses found, by every core (similar-parallel.ts).
 */
export function getLibrary(): Promise<Library> {
	const shared = sharedLibrary();
	shared.library ??= getLibraryModel().then(async (library) => {
		const { stagesFile, findSimilar = computeSimilarInParallel } = pageSettings();
		const similar = await stageTimer(stagesFile)('relations', () =>
			findSimilar(inDocumentOrder(library.documents, library.clauses), library.outgoing, library.incoming),
		);
		return withSimilar(library, similar);
	});
	return shared.library;
}

function sharedLibrary(): Shared {
	const { contentDir, watchContent } = pageSettings();
	const shared = ((globalThis as unknown as Record<symbol, Shared | undefined>)[KEY] ??= {});
	if (watchContent) {
		const version = contentVersion(contentDir);
		if (version !== shared.version) {
			delete shared.model;
			delete shared.library;
		}
		shared.version = version;
	}
	return shared;
}

/**
 * The library model before its similar clauses are found, for the steps that do not read them
 * (the search index starts from it while the similar clauses are found); reading `similar` on it
 * finds them in this thread alone.
 */
export function getLibraryModel(): Promise<Library> {
	const { contentDir, stagesFile, buildDate, keptParses } = pageSettings();
	const shared = sharedLibrary();
	shared.model ??= Promise.resolve().then(async () => {
		// Documents unchanged since the last build are not parsed again, and the others are parsed
		// in worker threads (kept-parses.ts).
		const time = stageTimer(stagesFile);
		const kept = keptParses && new KeptParses(keptParses.file, keptParses.force);
		const content = readContent(contentDir, time, buildDate, kept?.parse);
		if (kept) await time('loading content: parses in workers', () => kept.prepare(content.documents));
		const library = buildLibrary(content, time);
		kept?.keep();
		return library;
	});
	return shared.model;
}

/**
 * Lets go of the library model once the build's last reader of it is done (the search index,
 * after the pages and short links), so the steps after it (the ZIP, the verifier) do not hold
 * it in memory beside their own data: at 10,000 documents it takes gigabytes.
 */
export function releaseLibrary(): void {
	const shared = (globalThis as unknown as Record<symbol, Shared | undefined>)[KEY];
	if (shared) {
		delete shared.model;
		delete shared.library;
	}
}
