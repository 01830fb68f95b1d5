import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { ContentIssue } from './errors.ts';
import type { ClauseBlock } from './types.ts';

/** A clause as written in the MDX, before it is checked against the rest of the library. */
export interface ParsedClause {
	id: string;
	n: string | null;
	title: string | null;
	role: 'preamble' | 'closing' | null;
	topics: string[];
	/** raw `related` entries, e.g. "落实:jc-xzjj" */
	related: string[];
	/** earlier ids of this clause, whose links must still land on it */
	aliases: string[];
	parentId: string | null;
	childIds: string[];
	blocks: ClauseBlock[];
	line: number;
	depth: number;
}

const allowedAttributes = new Set(['id', 'n', 'title', 'role', 'topics', 'related', 'aliases']);
const idPattern = /^[a-z]{1,8}-[a-z0-9]{2,16}$/;

// Minimal structural types for the mdast nodes we read; the full unions come from mdast-util-mdx.
interface Node {
	type: string;
	position?: { start: { line: number } };
	children?: Node[];
	value?: string;
	name?: string | null;
	data?: { estree?: { body: unknown[] } };
	attributes?: { type: string; name?: string; value?: unknown }[];
}

/**
 * Reads the clause tree out of a document's MDX body, without rendering it.
 *
 * The body may hold only `<Clause>` elements, which hold paragraphs of plain text and nested
 * `<Clause>` elements. Anything else (Markdown formatting, headings, lists, imports, stray text
 * outside a clause) is reported rather than dropped, so no policy text can vanish silently.
 */
export function parseClauses(file: string, body: string, lineOffset = 0): { clauses: ParsedClause[]; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const clauses: ParsedClause[] = [];
	let tree: Node;
	try {
		tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node;
	} catch (error) {
		const e = error as { line?: number; column?: number; reason?: string; message: string };
		issues.push({
			file,
			...(e.line === undefined ? {} : { line: e.line + lineOffset }),
			...(e.column === undefined ? {} : { column: e.column }),
			message: `MDX syntax error: ${e.reason ?? e.message}`,
		});
		return { clauses, issues };
	}
	const lineOf = (node: Node) => (node.position?.start.line ?? 0) + lineOffset;

	const visitClause = (node: Node, parent: ParsedClause | null, depth: number): void => {
		const attrs = new Map<string, string>();
		for (const a of node.attributes ?? []) {
			if (a.type !== 'mdxJsxAttribute' || a.name === undefined) {
				issues.push({ file, line: lineOf(node), message: 'a <Clause> attribute must be name="value"' });
				continue;
			}
			if (!allowedAttributes.has(a.name)) {
				issues.push({ file, line: lineOf(node), message: `unknown <Clause> attribute ${JSON.stringify(a.name)}` });
				continue;
			}
			if (typeof a.value !== 'string') {
				issues.push({ file, line: lineOf(node), message: `<Clause> attribute ${a.name} must be a quoted string` });
				continue;
			}
			attrs.set(a.name, a.value);
		}
		const id = attrs.get('id');
		if (!id || !idPattern.test(id)) {
			issues.push({ file, line: lineOf(node), message: `<Clause> needs an id like "jc-4k7p"; found ${JSON.stringify(id ?? null)}` });
			return;
		}
		const role = attrs.get('role') ?? null;
		if (role !== null && role !== 'preamble' && role !== 'closing') {
			issues.push({ file, line: lineOf(node), clause: id, message: `role must be preamble or closing; found ${JSON.stringify(role)}` });
		}
		const words = (name: string) => (attrs.get(name) ?? '').split(/\s+/).filter((w) => w.length > 0);
		const clause: ParsedClause = {
			id,
			n: attrs.get('n') || null,
			title: attrs.get('title') || null,
			role: role === 'preamble' || role === 'closing' ? role : null,
			topics: words('topics'),
			related: words('related'),
			aliases: words('aliases'),
			parentId: parent?.id ?? null,
			childIds: [],
			blocks: [],
			line: lineOf(node),
			depth,
		};
		clauses.push(clause);
		parent?.childIds.push(id);
		for (const child of node.children ?? []) {
			if (isClause(child)) {
				clause.blocks.push({ kind: 'clause', id: child.attributes?.find((a) => a.name === 'id')?.value as string });
				visitClause(child, clause, depth + 1);
			} else if (child.type === 'paragraph') {
				const text = paragraphText(child, id);
				if (text !== null) clause.blocks.push({ kind: 'text', text });
			} else if (!isComment(child)) {
				issues.push({ file, line: lineOf(child), clause: id, message: `unexpected ${describe(child)} inside a clause; policy text must be plain paragraphs` });
			}
		}
	};

	const paragraphText = (node: Node, clauseId: string): string | null => {
		let text = '';
		for (const c of node.children ?? []) {
			if (c.type === 'text') text += c.value ?? '';
			else {
				issues.push({
					file,
					line: lineOf(c),
					clause: clauseId,
					message: `unexpected ${describe(c)} in clause text; escape Markdown characters (\\* \\_ \\< \\{) so the text stays verbatim`,
				});
				return null;
			}
		}
		// Chinese text wrapped over several lines in the MDX joins without a space.
		return text.replace(/\n/g, '');
	};

	for (const node of tree.children ?? []) {
		if (isClause(node)) visitClause(node, null, 0);
		else if (!isComment(node)) {
			issues.push({ file, line: lineOf(node), message: `unexpected ${describe(node)} outside any <Clause>; every paragraph must belong to a clause` });
		}
	}
	return { clauses, issues };
}

function isClause(node: Node): boolean {
	return node.type === 'mdxJsxFlowElement' && node.name === 'Clause';
}

/** An MDX comment (an expression in braces holding only a JS comment): nothing but comments inside. */
function isComment(node: Node): boolean {
	return node.type === 'mdxFlowExpression' && node.data?.estree?.body.length === 0;
}

function describe(node: Node): string {
	if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return `<${node.name ?? ''}> element`;
	const text = node.value ?? node.children?.map((c) => c.value ?? '').join('') ?? '';
	const sample = text.length > 0 ? ` ${JSON.stringify(text.slice(0, 30))}` : '';
	return `${node.type}${sample}`;
}
