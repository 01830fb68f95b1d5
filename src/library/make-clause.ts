/**
 * A parsed clause as the library model holds it: its number path from its parent, its own text
 * joined, its topics filtered to the taxonomy. The one place a ParsedClause becomes a Clause,
 * for the latest version of a document and for its earlier versions alike.
 */
import type { ParsedClause } from './parse-clauses.ts';
import type { Clause } from './types.ts';

/** The model's clause for `p` of the document `slug`, under `parent` (already made), keeping only topics in `topicSlugs`. */
export function makeClause(slug: string, p: ParsedClause, parent: Clause | undefined, topicSlugs: ReadonlySet<string>): Clause {
	return {
		id: p.id,
		documentSlug: slug,
		n: p.n,
		title: p.title,
		role: p.role,
		numberPath: [...(parent?.numberPath ?? []), ...(p.n === null ? [] : [p.n])],
		parentId: p.parentId,
		childIds: p.childIds,
		blocks: p.blocks,
		text: p.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])).join(''),
		topics: p.topics.filter((t) => topicSlugs.has(t)),
		line: p.line,
		depth: p.depth,
		aliases: p.aliases,
		...(p.pending.length > 0 ? { pending: p.pending } : {}),
	};
}
