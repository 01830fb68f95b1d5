// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildStages } from './integrations/build-stages.ts';
import { shortLinks } from './integrations/short-links.ts';
import { searchIndex } from './integrations/search-index.ts';
import { PLACEHOLDER_SITE } from './src/utils/links.ts';
import { offlineCopy } from './integrations/offline-copy.ts';
import { verifyOutputIntegration } from './integrations/verify-output.ts';

export default defineConfig({
	// The site's public address, for canonical URLs, the sitemap, printed permalinks and
	// citations. Set SITE_URL=https://… when building for publication; the default is a placeholder.
	site: process.env.SITE_URL ?? PLACEHOLDER_SITE,
	// The verifier runs last, over everything the others wrote.
	integrations: [
		buildStages(),
		mdx(),
		sitemap({ filter: (page) => !page.endsWith('404.html') && !page.includes('/c/') }),
		shortLinks(),
		searchIndex(),
		offlineCopy(),
		verifyOutputIntegration(),
	],
	build: {
		// Pages are files (documents/x.html), so relative links work from disk and any sub-path.
		format: 'file',
		// Styles go inside each page: no root-absolute stylesheet URL to break from disk.
		inlineStylesheets: 'always',
	},
	devToolbar: { enabled: false },
	// Tests build fixture libraries side by side; each gets its own content cache.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
