/**
 * YAML read with its source positions (the `yaml` package's document model and LineCounter),
 * so that a problem in any field, however deeply nested, names the line that field is on:
 * a YAML syntax error, and every field the schema refuses.
 */
import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { ContentIssue } from './errors.ts';

/** Parsed YAML and where each of its fields is. */
export interface YamlWithLines {
	/** the YAML as plain data */
	data: unknown;
	/** the file line of the field at `path` (its key, or its item in a list); the nearest enclosing field's when it is missing; undefined for the whole text */
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** The source offset of the field at `path`, or of the nearest field enclosing it. */
function fieldOffset(doc: Document, path: readonly PropertyKey[]): number | undefined {
	let node: unknown = doc.contents;
	let offset: number | undefined;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
			if (!pair || !isScalar(pair.key)) break;
			offset = pair.key.range?.[0];
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item: unknown = node.items[key];
			if (!isMap(item) && !isSeq(item) && !isScalar(item)) break;
			offset = item.range?.[0];
			node = item;
		} else break;
	}
	return offset;
}

/**
 * Parses YAML that starts on line `firstLine` of its file: the data and its fields' lines, or
 * every syntax error with its line and column.
 */
export function parseYamlWithLines(
	text: string,
	firstLine = 1,
): { yaml: YamlWithLines; errors: [] } | { yaml: null; errors: { line: number; column: number; message: string }[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false });
	const at = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	if (doc.errors.length > 0) return { yaml: null, errors: doc.errors.map((e) => ({ ...at(e.pos[0]), message: e.message })) };
	return {
		yaml: {
			data: doc.toJS() as unknown,
			lineOf(path) {
				const offset = fieldOffset(doc, path);
				return offset === undefined ? undefined : at(offset).line;
			},
		},
		errors: [],
	};
}

/**
 * The schema's complaints about YAML as content issues, each at the line of its field (an
 * unknown field at its own line). `describe` writes the message from the field's path.
 */
export function fieldIssues(
	file: string,
	yaml: YamlWithLines,
	issues: readonly z.core.$ZodIssue[],
	describe: (path: string, message: string) => string,
): ContentIssue[] {
	return issues.map((issue) => {
		const path = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...issue.path, issue.keys[0]!] : issue.path;
		const line = yaml.lineOf(path);
		return { file, ...(line === undefined ? {} : { line }), message: describe(issue.path.join('.'), issue.message) };
	});
}
