/**
 * Suggests, for each clause of a draft, up to three related clauses in other documents, from
 * the library's own similar-clause index (src/library/similar-clauses.ts), run over the library
 * with the draft's clauses added. The suggestions are what the site would compute once the
 * document is in; declaring them lets the editor confirm them, or change their type, in review.
 */
import { findSimilar } from '../library/similar-clauses.ts';
import type { Clause, Library } from '../library/types.ts';

/** A draft clause as the index needs it. */
export interface RelatedInput {
	id: string;
	n: string | null;
	title: string | null;
	text: string;
	topics: string[];
}

/** Related clause ids (other documents only, so never a revised document's current version) for each draft clause that has any, best first. */
export function suggestRelated(library: Library, slug: string, draft: RelatedInput[]): Map<string, string[]> {
	const existing = library.documents.filter((d) => d.slug !== slug).flatMap((d) => d.allClauseIds.map((id) => library.clauses.get(id)!));
	const added: Clause[] = draft.map((c, i) => ({
		id: c.id,
		documentSlug: slug,
		n: c.n,
		title: c.title,
		role: null,
		numberPath: c.n === null ? [] : [c.n],
		parentId: null,
		childIds: [],
		blocks: [],
		text: c.text,
		topics: c.topics,
		line: i,
		depth: 0,
		aliases: [],
	}));
	const { similar } = findSimilar([...existing, ...added], library.outgoing, library.incoming);
	const out = new Map<string, string[]>();
	for (const c of added) {
		const found = similar.get(c.id)?.map((s) => s.id) ?? [];
		if (found.length > 0) out.set(c.id, found);
	}
	return out;
}
