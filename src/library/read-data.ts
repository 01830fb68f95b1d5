import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { citedWorkSchema } from '../schemas/cited-work.ts';
import { documentSchema } from '../schemas/document.ts';
import { clauseRegistrySchema, removedClauseSchema } from '../schemas/removed-clause.ts';
import { topicSchema } from '../schemas/topic.ts';
import { buildLibrary, type DocumentSource } from './build-library.ts';
import { untimed, type Timer } from '../build/stages.ts';
import { LibraryError, type ContentIssue } from './errors.ts';
import type { RemovedClause } from './stability.ts';
import type { Library } from './types.ts';

/** Reads a YAML list and checks every item, naming the file, item and field of any problem. */
export function readYamlList<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
	const shown = relative(process.cwd(), file);
	let data: unknown;
	try {
		data = parseYaml(readFileSync(file, 'utf8')) ?? [];
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
		if (!parsed.success)
			throw new LibraryError(parsed.error.issues.map((i) => ({ file: relative(process.cwd(), registryFile), message: `${i.path.join('.')}: ${i.message}` })));
		out.registry = parsed.data;
	}
	if (existsSync(removedFile))
		out.removed = readYamlList(removedFile, removedClauseSchema).map((r) => ({ ...r, successor: r.successor ?? null, note: r.note ?? null }));
	return out;
}

/** Splits an MDX file into its frontmatter text, body and the body's line offset; null without frontmatter. */
export function splitMdx(raw: string): { frontmatter: string; body: string; bodyLineOffset: number } | null {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
	if (!m) return null;
	return { frontmatter: m[1]!, body: raw.slice(m[0].length), bodyLineOffset: m[0].split('\n').length - 1 };
}

/** The file line of a top-level frontmatter key (the frontmatter starts on line 2), if present. */
function keyLine(frontmatter: string, key: string | number | symbol | undefined): number | undefined {
	if (typeof key !== 'string') return undefined;
	const at = frontmatter.split('\n').findIndex((l) => l.startsWith(`${key}:`));
	return at < 0 ? undefined : at + 2;
}

/** A path as messages show it: relative to the working folder when inside it, else absolute. */
function shownPath(file: string): string {
	const rel = relative(process.cwd(), file);
	return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/** Reads one document file: its checked frontmatter and body, or the problems that keep it out. */
export function readDocument(dir: string, name: string): { source: DocumentSource; issues: [] } | { source: null; issues: ContentIssue[] } {
	const filePath = shownPath(join(dir, 'documents', name));
	const split = splitMdx(readFileSync(join(dir, 'documents', name), 'utf8'));
	if (!split) return { source: null, issues: [{ file: filePath, line: 1, message: 'no frontmatter: a document starts with --- and its metadata' }] };
	let data: unknown;
	try {
		data = parseYaml(split.frontmatter);
	} catch (error) {
		const e = error as { mark?: { line: number }; reason?: string; message: string };
		return {
			source: null,
			issues: [{ file: filePath, ...(e.mark ? { line: e.mark.line + 2 } : {}), message: `frontmatter YAML error: ${e.reason ?? e.message}` }],
		};
	}
	const parsed = documentSchema.safeParse(data);
	if (!parsed.success) {
		return {
			source: null,
			issues: parsed.error.issues.map((i) => {
				const line = keyLine(split.frontmatter, i.path[0]);
				return { file: filePath, ...(line === undefined ? {} : { line }), message: `frontmatter ${i.path.join('.') || '(whole)'}: ${i.message}` };
			}),
		};
	}
	if (!existsSync(join(dir, 'sources', parsed.data.source.file))) {
		const line = keyLine(split.frontmatter, 'source');
		return {
			source: null,
			issues: [
				{
					file: filePath,
					...(line === undefined ? {} : { line }),
					message: `source.file ${JSON.stringify(parsed.data.source.file)} is not in content/sources`,
				},
			],
		};
	}
	return { source: { slug: name.replace(/\.mdx$/, ''), filePath, meta: parsed.data, body: split.body, bodyLineOffset: split.bodyLineOffset }, issues: [] };
}

/**
 * Reads a content folder into the library model: the one reader, used by the site build (once,
 * see load-library.ts), scripts and tests. Every problem in every file is reported together.
 * `time` measures the stages for the scale benchmark.
 */
export function readLibrary(dir: string, time: Timer = untimed): Library {
	const documents = time('loading content: files', () => {
		const issues: ContentIssue[] = [];
		const sources: DocumentSource[] = [];
		for (const name of readdirSync(join(dir, 'documents'))
			.filter((f) => f.endsWith('.mdx'))
			.sort()) {
			const read = readDocument(dir, name);
			if (read.source) sources.push(read.source);
			else issues.push(...read.issues);
		}
		if (issues.length > 0) throw new LibraryError(issues);
		return sources;
	});
	return buildLibrary(
		{
			documents,
			topics: readYamlList(join(dir, 'topics.yaml'), topicSchema),
			citedWorks: existsSync(join(dir, 'cited-works.yaml')) ? readYamlList(join(dir, 'cited-works.yaml'), citedWorkSchema) : [],
			...readStabilityRecords(dir),
		},
		time,
	);
}
