// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [mdx()],
	build: {
		// Pages are files (documents/x.html), so relative links work from disk and any sub-path.
		format: 'file',
		// Styles go inside each page: no root-absolute stylesheet URL to break from disk.
		inlineStylesheets: 'always',
	},
	devToolbar: { enabled: false },
});
