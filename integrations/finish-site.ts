import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteFileSizes } from '../src/build/site-files.ts';
import { stageTimer } from '../src/build/stages.ts';
import { checkSiteInWorker, type PageDigests } from '../src/checks/check-site.ts';
import { offlineCopyFiles, writeOfflineCopy } from './offline-copy.ts';

/** The last step's settings, from astro.config.mjs. */
export interface FinishSiteOptions {
	/** the build's date, YYYY-MM-DD: the ZIP's name and its files' dates */
	buildDate: string;
	/** where stage timings are recorded, if anywhere */
	stagesFile?: string | undefined;
	/** ignore what the last build kept (its ZIP, its pages' facts) */
	force?: boolean;
}

/**
 * The build's last step, over everything the other integrations wrote: the offline copy
 * (offline-copy.ts) and the output verifier, which refuses an output that would break from disk,
 * under a sub-path or offline. They run side by side, each in its own worker thread: the
 * verifier reads every other page while the ZIP is written, and the files the offline copy
 * writes or rewrites (sw.js, the ZIP, the home page with its size) once it has finished.
 */
export function finishSite({ buildDate, stagesFile, force = false }: FinishSiteOptions): AstroIntegration {
	const time = stageTimer(stagesFile);
	let site: string | undefined;
	let cacheDir = '';
	return {
		name: 'finish-site',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site;
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const written = offlineCopyFiles(buildDate);
				// One walk of the output serves both (sw.js is written by the offline copy).
				const files = siteFileSizes(root).filter((f) => f.path !== 'sw.js');
				// The verifier reads every page first; the offline copy takes the unchanged ones from its last archive by their digests.
				let givePageDigests!: (digests: PageDigests | undefined) => void;
				const pageDigests = new Promise<PageDigests | undefined>((resolve) => (givePageDigests = resolve));
				const offline = time('offline bundle', () => writeOfflineCopy(root, files, { buildDate, keptIn: join(cacheDir, 'offline-copy'), force, pageDigests }));
				const checks = time('checks', () =>
					checkSiteInWorker(
						{
							root,
							site,
							keptIn: join(cacheDir, 'page-facts'),
							force,
							files: [...new Set([...files.map((f) => f.path), ...written])].sort(),
							pending: written,
						},
						offline,
						givePageDigests,
					),
				);
				// A verifier that stops before it has read the pages gives no digests: the offline copy then reads every file itself.
				const noDigests = () => {
					givePageDigests(undefined);
				};
				checks.then(noDigests, noDigests);
				// Both are awaited before either is reported: a failed offline copy stops the verifier, and its error is the one shown.
				const [offlineDone, checksDone] = await Promise.allSettled([offline, checks]);
				if (offlineDone.status === 'rejected') throw offlineDone.reason;
				if (checksDone.status === 'rejected') throw checksDone.reason;
				logger.info(offlineDone.value);
				const { checked, unchanged } = checksDone.value;
				logger.info(
					`checked ${checked} files (${unchanged} pages unchanged since the last build): no root-absolute URL, folder link, off-site reference, module script or crossorigin`,
				);
			},
		},
	};
}
