import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stageTimer } from '../src/build/stages.ts';
import { forwardingIds, latestPinnedPages, shortLinkPage } from '../src/cite/short-link-page.ts';
import { getLibrary } from '../src/library/load-library.ts';
import { routeFile } from '../src/utils/links.ts';

/**
 * Writes the short-link page of every clause id and alias (removed ids are Astro pages), and the
 * pinned address of each document's latest version; `stagesFile` records its timing.
 */
export function shortLinks({ stagesFile }: { stagesFile?: string | undefined } = {}): AstroIntegration {
	const time = stageTimer(stagesFile);
	let site: URL | undefined;
	return {
		name: 'short-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:done': ({ dir, logger }) =>
				time('rendering: short links', async () => {
					const root = fileURLToPath(dir);
					const library = await getLibrary();
					mkdirSync(join(root, 'c'), { recursive: true });
					const ids = forwardingIds(library);
					for (const id of ids) writeFileSync(join(root, routeFile({ page: 'short', id })), shortLinkPage(library, id, site)!);
					const pinned = latestPinnedPages(library, site);
					for (const { route, html } of pinned) {
						const file = join(root, routeFile(route));
						mkdirSync(dirname(file), { recursive: true });
						writeFileSync(file, html);
					}
					logger.info(`${ids.length} short links, ${pinned.length} pinned addresses of latest versions`);
				}),
		},
	};
}
