// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { browserScripts } from './integrations/browser-scripts.ts';
import { buildSettings } from './integrations/build-settings.ts';
import { buildStages } from './integrations/build-stages.ts';
import { finishSite } from './integrations/finish-site.ts';
import { searchIndex } from './integrations/search-index.ts';
import { shortLinks } from './integrations/short-links.ts';
import { readBuildEnv } from './src/config/build-env.ts';

// Every setting read from the environment, once (README.md, "Build settings"); the
// integrations get theirs as options, the pages theirs through buildSettings().
const settings = readBuildEnv();
const { stagesFile } = settings;

export default defineConfig({
	// The site's public address, for canonical URLs, the sitemap, printed permalinks and
	// citations. Set SITE_URL=https://… when building for publication; the default is a placeholder.
	site: settings.site,
	// The last, finishSite, writes the offline copy and runs the verifier over everything the others wrote.
	integrations: [
		buildStages({ stagesFile }),
		buildSettings(settings),
		browserScripts(),
		mdx(),
		sitemap({ filter: (page) => !page.endsWith('404.html') && !page.includes('/c/') }),
		shortLinks({ stagesFile, published: settings.outDir, force: settings.force }),
		searchIndex({
			contentDir: settings.contentDir,
			offlineFullTextClauses: settings.offlineFullTextClauses,
			stagesFile,
			force: settings.force,
			partDocuments: settings.pagefindPartDocuments,
		}),
		finishSite({ buildDate: settings.buildDate, stagesFile, force: settings.force }),
	],
	build: {
		// Pages are files (documents/x.html), so relative links work from disk and any sub-path.
		format: 'file',
		// Styles go inside each page: no root-absolute stylesheet URL to break from disk.
		inlineStylesheets: 'always',
	},
	devToolbar: { enabled: false },
	// A page whose data and code are unchanged since the last build is copied from the cache in
	// cacheDir instead of rendered (each dynamic page returns a cacheKey: src/build/page-key.ts).
	// A change to the configuration or the lockfile renders everything; so does `npm run build -- --force`.
	experimental: { incrementalBuild: true },
	// Tests build fixture libraries side by side; each gets its own content cache.
	...(settings.cacheDir ? { cacheDir: settings.cacheDir } : {}),
});
