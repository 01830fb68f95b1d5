import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stageTimer } from '../src/build/stages.ts';
import { writeFilesInWorker, type BackgroundWrites } from '../src/build/write-files.ts';
import { forwardingIds, latestPinnedPages, shortLinkPage } from '../src/cite/short-link-page.ts';
import { getLibrary } from '../src/library/load-library.ts';
import { routeFile } from '../src/utils/links.ts';

/** The short links' settings, from astro.config.mjs. */
export interface ShortLinksOptions {
	/** where stage timings are recorded, if anywhere */
	stagesFile?: string | undefined;
	/** where the writing is handed on: the pages are written in a worker thread while the build goes on, and the last step waits for it */
	writes: BackgroundWrites;
}

/**
 * Writes the short-link page of every clause id and alias (removed ids are Astro pages), and the
 * pinned address of each document's latest version; `stagesFile` records its timing.
 */
export function shortLinks({ stagesFile, writes }: ShortLinksOptions): AstroIntegration {
	const time = stageTimer(stagesFile);
	let site: URL | undefined;
	return {
		name: 'short-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const files = await time('rendering: short links', async () => {
					const library = await getLibrary();
					const ids = forwardingIds(library);
					const pinned = latestPinnedPages(library, site);
					logger.info(`${ids.length} short links, ${pinned.length} pinned addresses of latest versions`);
					return [
						...ids.map((id): [string, string] => [routeFile({ page: 'short', id }), shortLinkPage(library, id, site)!]),
						...pinned.map(({ route, html }): [string, string] => [routeFile(route), html]),
					];
				});
				writes.add(time('rendering: short links (writing)', () => writeFilesInWorker({ root: fileURLToPath(dir), files })));
			},
		},
	};
}
