import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { load as loadYaml } from 'js-yaml';
import { citedWorkSchema } from '../schemas/cited-work.ts';
import { documentSchema } from '../schemas/document.ts';
import { clauseRegistrySchema, removedClauseSchema } from '../schemas/removed-clause.ts';
import { topicSchema } from '../schemas/topic.ts';
import { buildLibrary, type DocumentSource } from './build-library.ts';
import { LibraryError } from './errors.ts';
import type { RemovedClause } from './stability.ts';
import type { Library } from './types.ts';

/** Reads a YAML list and checks every item, naming the file, item and field of any problem. */
export function readYamlList<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
	const shown = relative(process.cwd(), file);
	let data: unknown;
	try {
		data = loadYaml(readFileSync(file, 'utf8')) ?? [];
	} catch (error) {
		throw new LibraryError([{ file: shown, message: `YAML syntax error: ${(error as Error).message}` }]);
	}
	const result = z.array(schema).safeParse(data);
	if (!result.success) {
		throw new LibraryError(result.error.issues.map((i) => ({ file: shown, message: `item ${i.path.join('.')}: ${i.message}` })));
	}
	return result.data;
}

/** The clause registry and the removed-clause record, where the content folder has them. */
export function readStabilityRecords(dir: string): { registry?: z.infer<typeof clauseRegistrySchema>; removed?: RemovedClause[] } {
	const registryFile = join(dir, 'clause-registry.json');
	const removedFile = join(dir, 'removed-clauses.yaml');
	const out: { registry?: z.infer<typeof clauseRegistrySchema>; removed?: RemovedClause[] } = {};
	if (existsSync(registryFile)) {
		const parsed = clauseRegistrySchema.safeParse(JSON.parse(readFileSync(registryFile, 'utf8')));
		if (!parsed.success) throw new LibraryError(parsed.error.issues.map((i) => ({ file: relative(process.cwd(), registryFile), message: `${i.path.join('.')}: ${i.message}` })));
		out.registry = parsed.data;
	}
	if (existsSync(removedFile)) out.removed = readYamlList(removedFile, removedClauseSchema).map((r) => ({ ...r, successor: r.successor ?? null, note: r.note ?? null }));
	return out;
}

/** Splits an MDX file into its frontmatter data, body and the body's line offset. */
export function splitMdx(raw: string): { data: unknown; body: string; bodyLineOffset: number } {
	const m = /^---\n([\s\S]*?)\n---\n/.exec(raw);
	if (!m) throw new Error('no frontmatter');
	return { data: loadYaml(m[1]!), body: raw.slice(m[0].length), bodyLineOffset: m[0].split('\n').length - 1 };
}

/**
 * Reads a content folder into the library model without Astro, for scripts and tests: the same
 * schemas and model builder as the site (Astro reads the frontmatter itself in the build).
 */
export function readLibrary(dir: string): Library {
	const documents: DocumentSource[] = readdirSync(join(dir, 'documents'))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => {
			const { data, body, bodyLineOffset } = splitMdx(readFileSync(join(dir, 'documents', f), 'utf8'));
			return { slug: f.replace(/\.mdx$/, ''), filePath: `documents/${f}`, meta: documentSchema.parse(data), body, bodyLineOffset };
		});
	return buildLibrary({
		documents,
		topics: readYamlList(join(dir, 'topics.yaml'), topicSchema),
		citedWorks: existsSync(join(dir, 'cited-works.yaml')) ? readYamlList(join(dir, 'cited-works.yaml'), citedWorkSchema) : [],
		...readStabilityRecords(dir),
	});
}
