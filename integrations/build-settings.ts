import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { providePageSettings } from '../src/config/build-settings.ts';
import type { BuildSettings } from '../src/config/build-env.ts';
import { computeSimilarInParallel } from '../src/library/similar-parallel.ts';
import { targetsCode } from '../src/targets/kept-targets.ts';

/**
 * Hands astro.config.mjs's settings to the pages (which cannot take options): the content
 * folder, the build date, the stage-timing file, where clause parses and clause targets are kept, and the similar-clause finder, kept for the whole process before any page
 * loads. In `astro dev` the library is also read again when a content file changes.
 */
export function buildSettings(settings: Pick<BuildSettings, 'site' | 'contentDir' | 'buildDate' | 'stagesFile' | 'force'>): AstroIntegration {
	return {
		name: 'build-settings',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				providePageSettings({
					site: settings.site,
					contentDir: settings.contentDir,
					buildDate: settings.buildDate,
					stagesFile: settings.stagesFile,
					watchContent: command === 'dev',
					keptParses: { file: join(fileURLToPath(config.cacheDir), 'clause-parses.v8'), force: settings.force },
					// Not in `astro dev`: the rules' digest is read once, and an edit to the rules there would reuse targets the old rules found.
					...(command === 'dev'
						? {}
						: { keptTargets: { file: join(fileURLToPath(config.cacheDir), 'clause-targets.v8'), code: targetsCode(), force: settings.force } }),
					findSimilar: computeSimilarInParallel,
				});
			},
		},
	};
}
