import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { timeStage } from '../build/stages.ts';
import { contentDir } from './content-dir.ts';
import { readLibrary } from './read-data.ts';
import type { Library } from './types.ts';

/**
 * The library model, built once per build and shared by every page and by the build's own
 * steps (search index, short links), which Astro loads as separate module instances: hence the
 * process-wide key rather than a module variable.
 *
 * The documents are read by the library's own MDX parser rather than an Astro content
 * collection: pages render from the parsed clauses, and a collection would make Astro compile
 * every document into a module as well, which at 10,000 documents was most of the build.
 */
const KEY = Symbol.for('policy-clause-library');

interface Shared {
	library?: Promise<Library>;
	version?: number;
}

/** The latest change to the content folder's files (the dev server rebuilds the model on change). */
function contentVersion(): number {
	let latest = 0;
	for (const dir of [contentDir, join(contentDir, 'documents')]) {
		for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isFile()) latest = Math.max(latest, statSync(join(dir, entry.name)).mtimeMs);
	}
	return latest;
}

export function getLibrary(): Promise<Library> {
	const shared = ((globalThis as { [KEY]?: Shared })[KEY] ??= {});
	if (process.env['NODE_ENV'] === 'development') {
		const version = contentVersion();
		if (version !== shared.version) delete shared.library;
		shared.version = version;
	}
	shared.library ??= Promise.resolve().then(() => readLibrary(contentDir, timeStage));
	return shared.library;
}
