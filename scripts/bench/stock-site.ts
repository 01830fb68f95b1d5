/**
 * The baseline a team would otherwise build: a stock Astro + MDX project as a new user sets it
 * up (a content collection of MDX files, one page per document rendered by Astro, a heading per
 * clause), indexed by the Pagefind CLI. It borrows this repository's node_modules (linked into
 * the project), so both sides run the same Astro, MDX and Pagefind versions.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const files: Record<string, string> = {
	'package.json': JSON.stringify({ name: 'stock-policy-site', private: true, type: 'module' }, null, 2),
	'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const docs = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './src/content/docs' }),
	schema: z.object({ title: z.string(), genre: z.string(), level: z.string(), year: z.number() }),
});

export const collections = { docs };
`,
	'src/layouts/Page.astro': `---
const { title } = Astro.props;
---
<html lang="zh-CN">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width" />
		<title>{title}</title>
	</head>
	<body>
		<main data-pagefind-body><slot /></main>
	</body>
</html>
`,
	'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Page from '../layouts/Page.astro';
const docs = await getCollection('docs');
---
<Page title="政策文件">
	<h1>政策文件</h1>
	<ul>{docs.map((d) => <li><a href={\`/docs/\${d.id}/\`}>{d.data.title}</a></li>)}</ul>
</Page>
`,
	'src/pages/docs/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../../layouts/Page.astro';
export async function getStaticPaths() {
	const docs = await getCollection('docs');
	return docs.map((doc) => ({ params: { slug: doc.id }, props: { doc } }));
}
const { doc } = Astro.props;
const { Content } = await render(doc);
---
<Page title={doc.data.title}>
	<h1>{doc.data.title}</h1>
	<p>{doc.data.genre} · {doc.data.level} · {doc.data.year}</p>
	<Content />
</Page>
`,
	'src/pages/search.astro': `---
import Page from '../layouts/Page.astro';
---
<Page title="搜索">
	<h1>搜索</h1>
	<input id="q" type="search" />
	<ol id="results"></ol>
</Page>
`,
};

/** Writes the stock project's files into `dir`, linking `nodeModules`; returns where its MDX documents go. */
export function writeStockSite(dir: string, nodeModules: string): string {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
	const docs = join(dir, 'src/content/docs');
	mkdirSync(docs, { recursive: true });
	return docs;
}
