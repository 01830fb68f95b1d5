import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stageTimer } from '../src/build/stages.ts';
import { checkSiteInWorker } from '../src/checks/check-site.ts';

/** Last step of the build: refuses an output that would break from disk, under a sub-path or offline. */
export function verifyOutputIntegration({ stagesFile, force = false }: { stagesFile?: string | undefined; force?: boolean } = {}): AstroIntegration {
	const time = stageTimer(stagesFile);
	let site: string | undefined;
	let keptIn = '';
	return {
		name: 'verify-output',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site;
				keptIn = join(fileURLToPath(config.cacheDir), 'page-facts.v8');
			},
			'astro:build:done': ({ dir, logger }) =>
				time('checks', async () => {
					const { checked, unchanged } = await checkSiteInWorker({ root: fileURLToPath(dir), site, keptIn, force });
					logger.info(
						`checked ${checked} files (${unchanged} pages unchanged since the last build): no root-absolute URL, folder link, off-site reference, module script or crossorigin`,
					);
				}),
		},
	};
}
