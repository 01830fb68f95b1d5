/**
 * The clause parser: the one place a document's MDX body becomes its clause tree, read with the
 * MDX parser (no rendering), so that the model and the page come from the same source.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { CLAUSE_ID_EXAMPLE, isClauseId } from '../schemas/clause-id.ts';
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
	/** suggestions not yet confirmed by an editor (pending="topics related"): the page marks them 待审 */
	pending: ('topics' | 'related')[];
	parentId: string | null;
	childIds: string[];
	blocks: ClauseBlock[];
	line: number;
	depth: number;
}

const allowedAttributes = new Set(['id', 'n', 'title', 'role', 'topics', 'related', 'aliases', 'pending']);

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

/** One document's parse: where it is, and what has been found so far. */
interface Parse {
	file: string;
	lineOffset: number;
	clauses: ParsedClause[];
	issues: ContentIssue[];
}

/**
 * Reads the clause tree out of a document's MDX body, without rendering it.
 *
 * The body may hold only `<Clause>` elements, which hold paragraphs of plain text and nested
 * `<Clause>` elements. Anything else (Markdown formatting, headings, lists, imports, stray text
 * outside a clause) is reported rather than dropped, so no policy text can vanish silently.
 */
export function parseClauses(file: string, body: string, lineOffset = 0): { clauses: ParsedClause[]; issues: ContentIssue[] } {
	const parse: Parse = { file, lineOffset, clauses: [], issues: [] };
	let tree: Node;
	try {
		tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node;
	} catch (error) {
		const e = error as { line?: number; column?: number; reason?: string; message: string };
		parse.issues.push({
			file,
			...(e.line === undefined ? {} : { line: e.line + lineOffset }),
			...(e.column === undefined ? {} : { column: e.column }),
			message: `MDX syntax error: ${e.reason ?? e.message}`,
		});
		return parse;
	}
	for (const node of tree.children ?? []) {
		if (isClause(node)) visitClause(parse, node, null, 0);
		else if (!isComment(node)) {
			parse.issues.push({
				file,
				line: lineOf(parse, node),
				message: `unexpected ${describe(node)} outside any <Clause>; every paragraph must belong to a clause`,
			});
		}
	}
	return { clauses: parse.clauses, issues: parse.issues };
}

/** The file line a node starts on. */
function lineOf(parse: Parse, node: Node): number {
	return (node.position?.start.line ?? 0) + parse.lineOffset;
}

/** A <Clause> element's attributes by name; a malformed or unknown attribute is reported and left out. */
function clauseAttributes(parse: Parse, node: Node): Map<string, string> {
	const attrs = new Map<string, string>();
	const problem = (message: string) => parse.issues.push({ file: parse.file, line: lineOf(parse, node), message });
	for (const a of node.attributes ?? []) {
		if (a.type !== 'mdxJsxAttribute' || a.name === undefined) problem('a <Clause> attribute must be name="value"');
		else if (!allowedAttributes.has(a.name)) problem(`unknown <Clause> attribute ${JSON.stringify(a.name)}`);
		else if (typeof a.value !== 'string') problem(`<Clause> attribute ${a.name} must be a quoted string`);
		else attrs.set(a.name, a.value);
	}
	return attrs;
}

/** Reads a <Clause> element and, in source order, its paragraphs and nested clauses. */
function visitClause(parse: Parse, node: Node, parent: ParsedClause | null, depth: number): void {
	const { file } = parse;
	const attrs = clauseAttributes(parse, node);
	const id = attrs.get('id');
	if (!id || !isClauseId(id)) {
		parse.issues.push({ file, line: lineOf(parse, node), message: `<Clause> needs an id like "${CLAUSE_ID_EXAMPLE}"; found ${JSON.stringify(id ?? null)}` });
		return;
	}
	const role = attrs.get('role') ?? null;
	if (role !== null && role !== 'preamble' && role !== 'closing') {
		parse.issues.push({ file, line: lineOf(parse, node), clause: id, message: `role must be preamble or closing; found ${JSON.stringify(role)}` });
	}
	const words = (name: string) => (attrs.get(name) ?? '').split(/\s+/).filter((w) => w.length > 0);
	// The importer marks suggested topics and relations pending; an editor confirms them by deleting the mark.
	const pending = words('pending').filter((w): w is 'topics' | 'related' => {
		if (w === 'topics' || w === 'related') return true;
		parse.issues.push({ file, line: lineOf(parse, node), clause: id, message: `pending may name topics and related; found ${JSON.stringify(w)}` });
		return false;
	});
	const clause: ParsedClause = {
		id,
		n: attrs.get('n') || null,
		title: attrs.get('title') || null,
		role: role === 'preamble' || role === 'closing' ? role : null,
		topics: words('topics'),
		related: words('related'),
		aliases: words('aliases'),
		pending,
		parentId: parent?.id ?? null,
		childIds: [],
		blocks: [],
		line: lineOf(parse, node),
		depth,
	};
	parse.clauses.push(clause);
	parent?.childIds.push(id);
	for (const child of node.children ?? []) {
		if (isClause(child)) {
			clause.blocks.push({ kind: 'clause', id: child.attributes?.find((a) => a.name === 'id')?.value as string });
			visitClause(parse, child, clause, depth + 1);
		} else if (child.type === 'paragraph') {
			const text = paragraphText(parse, child, id);
			if (text !== null) clause.blocks.push({ kind: 'text', text });
		} else if (!isComment(child)) {
			parse.issues.push({
				file,
				line: lineOf(parse, child),
				clause: id,
				message: `unexpected ${describe(child)} inside a clause; policy text must be plain paragraphs`,
			});
		}
	}
}

/** A paragraph's text, or null (reported) when it holds anything but plain text. */
function paragraphText(parse: Parse, node: Node, clauseId: string): string | null {
	let text = '';
	for (const c of node.children ?? []) {
		if (c.type !== 'text') {
			parse.issues.push({
				file: parse.file,
				line: lineOf(parse, c),
				clause: clauseId,
				message: `unexpected ${describe(c)} in clause text; escape Markdown characters (\\* \\_ \\< \\{) so the text stays verbatim`,
			});
			return null;
		}
		text += c.value ?? '';
	}
	// Chinese text wrapped over several lines in the MDX joins without a space.
	return text.replace(/\n/g, '');
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
