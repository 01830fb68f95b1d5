/**
 * The build settings for code that cannot take options: the pages, and the library model they
 * share with the integrations. Astro loads pages as module instances of their own, so the
 * settings integration (integrations/build-settings.ts) keeps astro.config.mjs's settings under
 * a process-wide key before anything renders, and pages read them here.
 */
import type { computeSimilarInParallel } from '../library/similar-parallel.ts';
import type { BuildSettings } from './build-env.ts';

/** What pages and the library loader need of the build settings. */
export interface PageSettings extends Pick<BuildSettings, 'site' | 'contentDir' | 'buildDate' | 'stagesFile'> {
	/** true in `astro dev`: the library is read again when a content file changes */
	watchContent: boolean;
	/** where the clause parses are kept between builds, and whether to ignore what is kept there (a forced build) */
	keptParses?: { file: string; force: boolean };
	/** where each clause's targets are kept between builds, the digest of the rules' code (read from the source, which the pages' bundle is not), and whether to ignore what is kept (a forced build) */
	keptTargets?: { file: string; code: string; force: boolean };
	/**
	 * Finds the similar clauses of the whole library with worker threads
	 * (src/library/similar-parallel.ts), as loaded by the integrations: the copy in Astro's bundle
	 * of the pages cannot locate its worker's module, and would search in one thread.
	 */
	findSimilar?: typeof computeSimilarInParallel;
}

const KEY = Symbol.for('policy-clause-library/settings');

/** Keeps the settings for every page and module instance of this build. */
export function providePageSettings(settings: PageSettings): void {
	(globalThis as unknown as Record<symbol, PageSettings | undefined>)[KEY] = settings;
}

/** The settings the build was configured with; an error when astro.config.mjs did not provide them. */
export function pageSettings(): PageSettings {
	const settings = (globalThis as unknown as Record<symbol, PageSettings | undefined>)[KEY];
	if (!settings)
		throw new Error('The build settings are not set: astro.config.mjs must list the buildSettings() integration (integrations/build-settings.ts).');
	return settings;
}
