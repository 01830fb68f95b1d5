/**
 * What the templates show of a clause, computed from the library model so that a component
 * receives the data it renders rather than the whole library: a clause as a link, its topics
 * and relations, and the clause as its document page shows it, sub-clauses included.
 */
import { clauseHeading, clauseLabel, clauseTitle, numberSeparator, roleLabel } from '../library/clause-label.ts';
import type { Clause, Library, RelationType } from '../library/types.ts';
import { shortLink, type Route } from '../utils/links.ts';
import { clauseChange, type ClauseChangeView } from './versions.ts';

/** A clause as a link from anywhere in the library: its document and its label. */
export interface ClauseRef {
	id: string;
	documentSlug: string;
	documentTitle: string;
	/** number path and title (四、15 配齐配强各领域团干部), or 引言/结语 */
	label: string;
}

/** A topic as a tag on a clause. */
export interface TopicTag {
	slug: string;
	name: string;
}

/** What a clause is linked to: declared relations both ways, the works it cites, similar clauses. */
export interface ClauseRelations {
	/** relations declared on this clause; `pending` while an editor has not confirmed a suggested one (待审) */
	outgoing: { type: RelationType; clause: ClauseRef; pending: boolean }[];
	/** relations other clauses declare to this one */
	incoming: { type: RelationType; clause: ClauseRef; pending: boolean }[];
	/** works cited in 《》, by their id on the cited-works page */
	cited: { id: string; title: string }[];
	/** computed, not reviewed by an editor */
	similar: ClauseRef[];
}

/** A piece of a clause after its own text: a paragraph, or a sub-clause. */
export type ClauseViewBlock = { kind: 'text'; text: string } | { kind: 'clause'; clause: ClauseView };

/** A clause as its document page shows it. */
export interface ClauseView {
	id: string;
	/** earlier ids, kept as anchors so old links land */
	aliases: string[];
	/** nesting depth from 0, for the heading level and indentation */
	depth: number;
	role: Clause['role'];
	/** the number as printed, with the separator before the title; null when unnumbered */
	number: string | null;
	title: string | null;
	/** 引言 or 结语 for an unnumbered opening or closing clause */
	roleLabel: string | null;
	/** the number path (四、15), as the copy controls cite it */
	numberPath: string;
	/** the title as cited: the clause's own, or 引言/结语, or '' */
	citedTitle: string;
	/** number path and cited title together (四、15 配齐配强各领域团干部), naming the clause's 引用 menu */
	heading: string;
	/** the clause's short permalink, a full URL */
	shortLink: string;
	/** the paragraphs before the first sub-clause, shown above the clause's tags and relations */
	ownText: string[];
	/** the clause's topics and relations (topicsPending: suggested, not yet confirmed: 待审); null when it has none of either */
	meta: { topics: TopicTag[]; topicsPending: boolean; relations: ClauseRelations } | null;
	/** what follows: the first sub-clause and everything after it */
	rest: ClauseViewBlock[];
	/** in a document with earlier versions: since which version the clause's words stand, linked to the change */
	change: ClauseChangeView | null;
}

/** A clause as a link, wherever it is listed. */
export function clauseRef(library: Library, id: string): ClauseRef {
	const clause = library.clauses.get(id)!;
	return { id, documentSlug: clause.documentSlug, documentTitle: library.documentsBySlug.get(clause.documentSlug)!.meta.title, label: clauseLabel(clause) };
}

/** Everything a clause is linked to, in the order the page lists them. */
export function clauseRelations(library: Library, id: string, { similar = true }: { similar?: boolean } = {}): ClauseRelations {
	return {
		outgoing: (library.outgoing.get(id) ?? []).map((r) => ({ type: r.type, clause: clauseRef(library, r.to), pending: relationPending(library, r.from) })),
		incoming: (library.incoming.get(id) ?? []).map((r) => ({ type: r.type, clause: clauseRef(library, r.from), pending: relationPending(library, r.from) })),
		cited: (library.citationsByClause.get(id) ?? []).map((workId) => ({ id: workId, title: library.citedWorksById.get(workId)!.title })),
		similar: similar ? (library.similar.get(id) ?? []).map((s) => clauseRef(library, s.id)) : [],
	};
}

/** True while the relations declared on clause `from` are suggestions an editor has not confirmed (pending="related"). */
function relationPending(library: Library, from: string): boolean {
	return library.clauses.get(from)?.pending?.includes('related') ?? false;
}

/** True when the relations list nothing at all. */
export function noRelations(relations: ClauseRelations): boolean {
	return relations.outgoing.length + relations.incoming.length + relations.cited.length + relations.similar.length === 0;
}

/** Topic tags for the slugs, named as in the taxonomy. */
export function topicTags(library: Library, slugs: string[]): TopicTag[] {
	return slugs.map((slug) => ({ slug, name: library.topicsBySlug.get(slug)?.name ?? slug }));
}

/**
 * A clause and its sub-clauses as the document page shows them; `site` is the configured site
 * address for short links, `from` the page (for the link to a change between versions).
 */
export function clauseView(library: Library, id: string, site: URL | undefined, from?: Route): ClauseView {
	const clause = library.clauses.get(id)!;
	// The clause's tags and relations sit right under its own text, before its sub-clauses.
	const split = clause.blocks.findIndex((b) => b.kind === 'clause');
	const own = split < 0 ? clause.blocks : clause.blocks.slice(0, split);
	const rest = split < 0 ? [] : clause.blocks.slice(split);
	const relations = clauseRelations(library, id);
	const topics = topicTags(library, clause.topics);
	return {
		id,
		aliases: clause.aliases,
		depth: clause.depth,
		role: clause.role,
		number: clause.n === null ? null : `${clause.n}${clause.title === null ? '' : numberSeparator(clause.n)}`,
		title: clause.title,
		roleLabel: roleLabel(clause.role),
		numberPath: clause.numberPath.join(''),
		citedTitle: clauseTitle(clause),
		heading: clauseHeading(clause.numberPath.join(''), clauseTitle(clause)),
		shortLink: shortLink(id, site),
		ownText: own.flatMap((b) => (b.kind === 'text' ? [b.text] : [])),
		meta: topics.length === 0 && noRelations(relations) ? null : { topics, topicsPending: clause.pending?.includes('topics') ?? false, relations },
		rest: rest.map((b) => (b.kind === 'text' ? b : { kind: 'clause', clause: clauseView(library, b.id, site, from) })),
		change: from === undefined ? null : clauseChange(library, id, from),
	};
}
