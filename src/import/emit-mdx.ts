/**
 * Writes a draft as the library's MDX: YAML frontmatter, then the clause tree as nested
 * <Clause> elements with their text as plain paragraphs. Characters MDX or Markdown would read
 * as syntax are escaped, so the words on the page are the words of the source. Suggested topics
 * and relations carry `pending="topics related"`: the build accepts them and the page marks them
 * 待审; an editor confirms them by deleting that one attribute.
 */
import { stringify } from 'yaml';

/** A clause of a draft, with its id and suggestions. */
export interface DraftClause {
	id: string;
	n: string | null;
	title: string | null;
	role: 'preamble' | 'closing' | null;
	topics: string[];
	related: string[];
	/** earlier ids of the clause, kept when a revision carries it over */
	aliases?: string[];
	/** which of topics and related are suggestions awaiting review */
	pending: ('topics' | 'related')[];
	blocks: ({ kind: 'text'; text: string } | { kind: 'clause'; clause: DraftClause })[];
	/** source line it starts on (for the review) */
	line: number;
}

/** Escapes text so Markdown and MDX read it as the same characters. */
export function escapeMdxText(text: string): string {
	return text
		.replace(/[\\`*_[\]<>{}&]/g, (c) => `\\${c}`)
		.replace(/^([#+-])/, '\\$1')
		.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** An attribute as name="value", in single quotes when the value holds a double quote; null when it holds both. */
export function attribute(name: string, value: string): string | null {
	const escaped = value.replace(/&/g, '&amp;');
	if (!escaped.includes('"')) return `${name}="${escaped}"`;
	if (!escaped.includes("'")) return `${name}='${escaped}'`;
	return null;
}

/** The opening tag of a clause; a title no quote can hold moves into the text (noted in `moved`). */
function openTag(c: DraftClause, moved: string[]): string {
	const attrs = [attribute('id', c.id)!];
	const add = (name: string, value: string | null) => {
		if (value === null || value === '') return;
		const a = attribute(name, value);
		if (a !== null) attrs.push(a);
		else moved.push(c.id);
	};
	add('n', c.n);
	add('title', c.title);
	add('role', c.role);
	add('topics', c.topics.join(' '));
	add('related', c.related.join(' '));
	add('aliases', c.aliases?.join(' ') ?? null);
	add('pending', c.pending.join(' '));
	return `<Clause ${attrs.join(' ')}>`;
}

/** The MDX body: every clause, nested, each paragraph on its own line between blank lines. */
export function clausesToMdx(clauses: DraftClause[]): { body: string; titlesAsText: string[] } {
	const out: string[] = [];
	const moved: string[] = [];
	const walk = (c: DraftClause) => {
		const before = moved.length;
		out.push(openTag(c, moved), '');
		// A title that no attribute quoting can hold is printed as the clause's first paragraph.
		if (moved.length > before && c.title !== null) out.push(escapeMdxText(c.title), '');
		for (const b of c.blocks) {
			if (b.kind === 'text') out.push(escapeMdxText(b.text), '');
			else walk(b.clause);
		}
		out.push('</Clause>', '');
	};
	clauses.forEach(walk);
	return { body: out.join('\n'), titlesAsText: moved };
}

/** The whole MDX file: a comment for the editor, the frontmatter, the review note and the clauses. */
export function draftToMdx(frontmatter: Record<string, unknown>, clauses: DraftClause[], header: string[]): { mdx: string; titlesAsText: string[] } {
	const yaml = stringify(frontmatter, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
	const { body, titlesAsText } = clausesToMdx(clauses);
	const comment = header.map((l) => `# ${l}`).join('\n');
	const anyPending = (cs: DraftClause[]): boolean =>
		cs.some((c) => c.pending.length > 0 || anyPending(c.blocks.flatMap((b) => (b.kind === 'clause' ? [b.clause] : []))));
	const pending = anyPending(clauses) ? '{/* 待审: pending="…" marks suggested topics and related clauses; delete it once you have checked them. */}\n\n' : '';
	return { mdx: `---\n${comment}\n${yaml}---\n\n${pending}${body}`, titlesAsText };
}
