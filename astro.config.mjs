// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { searchIndex } from './integrations/search-index.ts';
import { offlineCopy } from './integrations/offline-copy.ts';
import { verifyOutputIntegration } from './integrations/verify-output.ts';

export default defineConfig({
	// The site's public address, for full permalinks in print and citations (SITE_URL=https://…).
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	// The verifier runs last, over everything the others wrote.
	integrations: [mdx(), searchIndex(), offlineCopy(), verifyOutputIntegration()],
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
