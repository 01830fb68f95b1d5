/**
 * The targets model, built once per build from the one library model and shared by the targets
 * page, the CSV and every clause's 指标 chip. Like the library, it is kept under a process-wide
 * key because Astro loads pages as separate module instances; it is rebuilt when the library is.
 */
import { join, relative } from 'node:path';
import { pageSettings } from '../config/build-settings.ts';
import { getLibrary } from '../library/load-library.ts';
import type { Library } from '../library/types.ts';
import { readCorrections } from './corrections.ts';
import { KeptTargets } from './kept-targets.ts';
import { buildTargets, type TargetsModel } from './targets-model.ts';

const KEY: unique symbol = Symbol.for('policy-clause-library-targets');

interface Shared {
	library?: Library;
	targets?: TargetsModel;
}

/** The corrections file editors write. */
export const CORRECTIONS_FILE = 'target-corrections.yaml';

/** The targets of the current library (an error in the corrections file stops the build). */
export async function getTargets(): Promise<TargetsModel> {
	const library = await getLibrary();
	const shared = ((globalThis as { [KEY]?: Shared | undefined })[KEY] ??= {});
	if (shared.library !== library || !shared.targets) {
		const file = join(pageSettings().contentDir, CORRECTIONS_FILE);
		const shown = relative(process.cwd(), file);
		// Clauses whose text is unchanged since the last build take their targets from it (kept-targets.ts).
		const keep = pageSettings().keptTargets;
		const kept = keep && new KeptTargets(keep.file, keep.code, keep.force);
		shared.targets = buildTargets(library, readCorrections(file, shown), shown, kept?.find);
		kept?.keep();
		shared.library = library;
	}
	return shared.targets;
}

/** Lets go of the targets model and the library it was built from (see releaseLibrary). */
export function releaseTargets(): void {
	(globalThis as { [KEY]?: Shared | undefined })[KEY] = undefined;
}
