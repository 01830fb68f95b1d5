import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './library/content-dir.ts';
import { documentSchema } from './schemas/document.ts';

/** The documents: one MDX file each, frontmatter checked against the document schema. */
const documents = defineCollection({
	loader: glob({ pattern: '*.mdx', base: `${contentDir}/documents` }),
	schema: documentSchema,
});

export const collections = { documents };
