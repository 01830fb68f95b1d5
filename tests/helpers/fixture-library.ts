import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse as parseYaml } from 'yaml';
import { splitMdx as split } from '../../src/library/read-data.ts';
import type { Clause } from '../../src/library/types.ts';
export { readLibrary } from '../../src/library/read-data.ts';

/** An MDX file's frontmatter (as data) and body. */
export function splitMdx(raw: string): { data: unknown; body: string } {
	const parts = split(raw);
	if (!parts) throw new Error('no frontmatter');
	return { data: parseYaml(parts.frontmatter), body: parts.body };
}

/** The small two-document library every unit test starts from. */
export const fixtureLibraryDir = new URL('../fixtures/library/', import.meta.url).pathname;

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

/** A clause of document `documentSlug` with only a text, a title and topics: what the similar-clause index reads. */
export function bareClause(
	id: string,
	documentSlug: string,
	text: string,
	{ title = null, topics = [] }: { title?: string | null; topics?: string[] } = {},
): Clause {
	return {
		id,
		documentSlug,
		n: null,
		title,
		role: null,
		numberPath: [],
		parentId: null,
		childIds: [],
		blocks: [],
		text,
		topics,
		line: 1,
		depth: 0,
		aliases: [],
	};
}
