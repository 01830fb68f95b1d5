import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { buildLibrary, type DocumentSource } from '../../src/library/build-library.ts';
import { citedWorkSchema } from '../../src/schemas/cited-work.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import type { Library } from '../../src/library/types.ts';

/** The small two-document library every unit test starts from. */
export const fixtureLibraryDir = new URL('../fixtures/library/', import.meta.url).pathname;

/** Splits an MDX file into its frontmatter data, body and the body's line offset. */
export function splitMdx(raw: string): { data: unknown; body: string; bodyLineOffset: number } {
	const m = /^---\n([\s\S]*?)\n---\n/.exec(raw);
	if (!m) throw new Error('no frontmatter');
	return { data: load(m[1]!), body: raw.slice(m[0].length), bodyLineOffset: m[0].split('\n').length - 1 };
}

/** Reads a library folder the way the site does (schemas, then the model builder), without Astro. */
export function readLibrary(dir: string): Library {
	const documents: DocumentSource[] = readdirSync(join(dir, 'documents'))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => {
			const { data, body, bodyLineOffset } = splitMdx(readFileSync(join(dir, 'documents', f), 'utf8'));
			return { slug: f.replace(/\.mdx$/, ''), filePath: `documents/${f}`, meta: documentSchema.parse(data), body, bodyLineOffset };
		});
	const yaml = (file: string) => load(readFileSync(join(dir, file), 'utf8'));
	return buildLibrary({
		documents,
		topics: topicSchema.array().parse(yaml('topics.yaml')),
		citedWorks: citedWorkSchema.array().parse(yaml('cited-works.yaml')),
	});
}

/** A copy of the fixture library in a temp folder, with one file changed by `edit`. */
export function fixtureWith(file: string, edit: (text: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'library-'));
	cpSync(fixtureLibraryDir, dir, { recursive: true });
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = edit(before);
	if (after === before) throw new Error(`the edit did not change ${file}`);
	writeFileSync(path, after);
	return dir;
}
