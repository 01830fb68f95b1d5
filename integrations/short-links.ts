import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stageTimer } from '../src/build/stages.ts';
import { ShortLinkWriter } from '../src/cite/kept-short-links.ts';
import { forwardingIds, latestPinnedPages, shortLinkPage } from '../src/cite/short-link-page.ts';
import { getLibrary } from '../src/library/load-library.ts';
import { routeFile } from '../src/utils/links.ts';

/**
 * Writes the short-link page of every clause id and alias (removed ids are Astro pages), and the
 * pinned address of each document's latest version; `stagesFile` records its timing. A short-link
 * page unchanged since the build that made the `published` site is linked to its file there
 * (src/cite/kept-short-links.ts), unless `force`.
 */
export function shortLinks({
	stagesFile,
	published,
	force = false,
}: { stagesFile?: string | undefined; published?: string; force?: boolean } = {}): AstroIntegration {
	const time = stageTimer(stagesFile);
	let site: URL | undefined;
	let cacheDir: string | undefined;
	return {
		name: 'short-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': ({ dir, logger }) =>
				time('rendering: short links', async () => {
					const root = fileURLToPath(dir);
					const library = await getLibrary();
					mkdirSync(join(root, 'c'), { recursive: true });
					// Built into the published folder itself (plain `astro build`), there is nothing to link from.
					const kept =
						published !== undefined && cacheDir !== undefined && resolve(published) !== resolve(root)
							? { file: join(cacheDir, 'short-links.v8'), published, force }
							: undefined;
					const writer = new ShortLinkWriter(root, 'c', kept);
					const ids = forwardingIds(library);
					for (const id of ids) writer.write(routeFile({ page: 'short', id }), shortLinkPage(library, id, site)!);
					const { linked } = writer.finish();
					const pinned = latestPinnedPages(library, site);
					for (const { route, html } of pinned) {
						const file = join(root, routeFile(route));
						mkdirSync(dirname(file), { recursive: true });
						writeFileSync(file, html);
					}
					logger.info(`${ids.length} short links (${linked} unchanged since the last build), ${pinned.length} pinned addresses of latest versions`);
				}),
		},
	};
}
