/**
 * Reads a content folder: every document's frontmatter and body, the taxonomy, the cited-work
 * records and the stability records, each checked against its schema. Every problem names its
 * file and, where it has one, the line of the field at fault (read-yaml.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { untimed, type Timer } from '../build/stages.ts';
import { citedWorkSchema } from '../schemas/cited-work.ts';
import { documentSchema } from '../schemas/document.ts';
import { clauseRegistrySchema, removedClauseSchema, type ClauseRegistry, type RemovedClause } from '../schemas/removed-clause.ts';
import { topicSchema } from '../schemas/topic.ts';
import { buildLibrary, type DocumentSource, type LibraryInput } from './build-library.ts';
import { LibraryError, type ContentIssue } from './errors.ts';
import { fieldIssues, parseYamlWithLines } from './read-yaml.ts';
import type { Library } from './types.ts';

/** A path as messages show it: relative to the working folder when inside it, else absolute. */
function shownPath(file: string): string {
	const rel = relative(process.cwd(), file);
	return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/** Reads a YAML list and checks every item, naming the file, line, item and field of any problem. */
export function readYamlList<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
	const shown = shownPath(file);
	const { yaml, errors } = parseYamlWithLines(readFileSync(file, 'utf8'));
	if (!yaml) throw new LibraryError(errors.map((e) => ({ file: shown, line: e.line, column: e.column, message: `YAML syntax error: ${e.message}` })));
	const result = z.array(schema).safeParse(yaml.data ?? []);
	if (!result.success) throw new LibraryError(fieldIssues(shown, yaml, result.error.issues, (path, message) => `item ${path}: ${message}`));
	return result.data;
}

/** The clause registry and the removed-clause record, where the content folder has them. */
export function readStabilityRecords(dir: string): { registry?: ClauseRegistry; removed?: RemovedClause[] } {
	const registryFile = join(dir, 'clause-registry.json');
	const removedFile = join(dir, 'removed-clauses.yaml');
	const out: { registry?: ClauseRegistry; removed?: RemovedClause[] } = {};
	if (existsSync(registryFile)) {
		const parsed = clauseRegistrySchema.safeParse(JSON.parse(readFileSync(registryFile, 'utf8')));
		if (!parsed.success)
			throw new LibraryError(parsed.error.issues.map((i) => ({ file: shownPath(registryFile), message: `${i.path.join('.')}: ${i.message}` })));
		out.registry = parsed.data;
	}
	if (existsSync(removedFile)) out.removed = readYamlList(removedFile, removedClauseSchema);
	return out;
}

/**
 * Splits an MDX file into its frontmatter text, body and the body's line offset; null without
 * frontmatter. The frontmatter sits between a first line `---` and the next line `---`, so it
 * starts on file line 2.
 */
export function splitMdx(raw: string): { frontmatter: string; body: string; bodyLineOffset: number } | null {
	const lines = raw.split('\n');
	const fence = (line: string | undefined) => line?.replace(/\r$/, '') === '---';
	if (!fence(lines[0])) return null;
	const close = lines.findIndex((line, i) => i > 0 && fence(line));
	if (close < 0) return null;
	return { frontmatter: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLineOffset: close + 1 };
}

/**
 * Reads one document file (`name` inside content/documents: <slug>.mdx, or <slug>/<key>.mdx for an
 * earlier version): its checked frontmatter and body, or the problems that keep it out.
 */
export function readDocument(dir: string, name: string): { source: DocumentSource; issues: [] } | { source: null; issues: ContentIssue[] } {
	const filePath = shownPath(join(dir, 'documents', name));
	const split = splitMdx(readFileSync(join(dir, 'documents', name), 'utf8'));
	if (!split) return { source: null, issues: [{ file: filePath, line: 1, message: 'no frontmatter: a document starts with --- and its metadata' }] };
	const { yaml, errors } = parseYamlWithLines(split.frontmatter, 2);
	if (!yaml)
		return { source: null, issues: errors.map((e) => ({ file: filePath, line: e.line, column: e.column, message: `frontmatter YAML error: ${e.message}` })) };
	const parsed = documentSchema.safeParse(yaml.data);
	if (!parsed.success) {
		return { source: null, issues: fieldIssues(filePath, yaml, parsed.error.issues, (path, message) => `frontmatter ${path || '(whole)'}: ${message}`) };
	}
	if (!existsSync(join(dir, 'sources', parsed.data.source.file))) {
		const line = yaml.lineOf(['source', 'file']);
		const message = `source.file ${JSON.stringify(parsed.data.source.file)} is not in content/sources`;
		return { source: null, issues: [{ file: filePath, ...(line === undefined ? {} : { line }), message }] };
	}
	return {
		source: { slug: name.split('/')[0]!.replace(/\.mdx$/, ''), filePath, meta: parsed.data, body: split.body, bodyLineOffset: split.bodyLineOffset },
		issues: [],
	};
}

/**
 * Reads a content folder into the library model: the one reader, used by the site build (once,
 * see load-library.ts), scripts and tests. Every problem in every file is reported together.
 * `time` measures the stages for the scale benchmark; `buildDate` is the day 期满失效 is judged on
 * (default today, UTC); `parse` is the clause parser (see LibraryInput).
 */
export function readLibrary(dir: string, time: Timer = untimed, buildDate?: string, parse?: LibraryInput['parse']): Library {
	return buildLibrary(readContent(dir, time, buildDate, parse), time);
}

/** Reads a content folder into what the library model is built from (see readLibrary): every file read and checked, no clause parsed yet. */
export function readContent(dir: string, time: Timer = untimed, buildDate?: string, parse?: LibraryInput['parse']): LibraryInput {
	const { documents, earlierVersions } = time('loading content: files', () => {
		const issues: ContentIssue[] = [];
		const read = (name: string, into: DocumentSource[]) => {
			const result = readDocument(dir, name);
			if (result.source) into.push(result.source);
			else issues.push(...result.issues);
		};
		const latest: DocumentSource[] = [];
		const earlier: DocumentSource[] = [];
		for (const entry of readdirSync(join(dir, 'documents'), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			if (entry.isFile() && entry.name.endsWith('.mdx')) read(entry.name, latest);
			// A folder beside a document holds its earlier versions, one file per version (src/library/versions.ts).
			else if (entry.isDirectory()) {
				for (const name of readdirSync(join(dir, 'documents', entry.name)).sort()) {
					if (name.endsWith('.mdx')) read(`${entry.name}/${name}`, earlier);
					else
						issues.push({
							file: shownPath(join(dir, 'documents', entry.name, name)),
							message: "not a version file: a document's folder holds only its earlier versions, as <date>.mdx",
						});
				}
			}
		}
		if (issues.length > 0) throw new LibraryError(issues);
		return { documents: latest, earlierVersions: earlier };
	});
	return {
		documents,
		earlierVersions,
		topics: readYamlList(join(dir, 'topics.yaml'), topicSchema),
		citedWorks: existsSync(join(dir, 'cited-works.yaml')) ? readYamlList(join(dir, 'cited-works.yaml'), citedWorkSchema) : [],
		...readStabilityRecords(dir),
		...(buildDate === undefined ? {} : { buildDate }),
		...(parse === undefined ? {} : { parse }),
	};
}
