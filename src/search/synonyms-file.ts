/**
 * Reads content/synonyms.yaml at build time: every group checked against the schema, and each
 * problem reported with the file and the line of the bad entry, so an editor can fix it.
 */
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'astro/zod';
import { LibraryError, type ContentIssue } from '../library/errors.ts';
import { synonymGroupSchema, type SynonymGroupEntry } from '../schemas/synonyms.ts';
import { fold } from './segment.ts';

/** An issue at a line of the file, when the line is known. */
function issue(file: string, line: number | undefined, message: string): ContentIssue {
	return line === undefined ? { file, message } : { file, line, message };
}

/** Parses the synonym file's text; throws a LibraryError naming `file` and the line of each bad entry. */
export function parseSynonyms(text: string, file: string): SynonymGroupEntry[] {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines });
	const lineOf = (path: readonly PropertyKey[]): number | undefined => {
		for (let end = path.length; end >= 0; end--) {
			const node = doc.getIn(path.slice(0, end) as (string | number)[], true);
			if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
		}
		return undefined;
	};
	if (doc.errors.length > 0) {
		throw new LibraryError(doc.errors.map((e) => issue(file, e.linePos?.[0].line, `YAML syntax error: ${e.message.split('\n')[0]}`)));
	}
	const result = z.array(synonymGroupSchema).safeParse(doc.toJS() ?? []);
	if (!result.success) {
		throw new LibraryError(
			result.error.issues.map((i) =>
				issue(
					file,
					lineOf(i.code === 'unrecognized_keys' ? [...i.path, i.keys[0]!] : i.path),
					`group ${Number(i.path[0]) + 1}${i.path.length > 1 ? ` (${i.path.slice(1).join('.')})` : ''}: ${i.message}`,
				),
			),
		);
	}
	const issues: ContentIssue[] = [];
	result.data.forEach((group, g) => {
		const seen = new Map<string, string>();
		for (const field of ['words', 'near'] as const) {
			group[field].forEach((w, i) => {
				const key = fold(w);
				if (seen.has(key)) issues.push(issue(file, lineOf([g, field, i]), `group ${g + 1} (${group.concept}): “${w}” is listed twice (as “${seen.get(key)}”)`));
				else seen.set(key, w);
			});
		}
	});
	if (issues.length > 0) throw new LibraryError(issues);
	return result.data;
}
