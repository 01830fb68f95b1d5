/**
 * One page of a topic, as it shows: the topic, and each document's clauses on it, with their
 * text and the relations editors made, so the reader compares how documents word the same matter.
 *
 * The similar clauses the build finds are left to each clause's own page, one link away: a topic
 * page already sets the topic's clauses side by side, those lists were two fifths of its weight
 * (34 of 80 MB of topic pages at 1,000 documents), and they move with an edit anywhere in the
 * library, so every topic page they were on would be rendered again.
 */
import { validityBadge, type ValidityBadgeView } from './validity.ts';
import { clauseLabel } from '../library/clause-label.ts';
import type { Library } from '../library/types.ts';
import type { TopicPage } from '../library/topic-pages.ts';
import { clauseRelations, type ClauseRelations } from './clause-view.ts';

/** A clause on a topic page. */
export interface TopicClause {
	id: string;
	documentSlug: string;
	label: string;
	/** the clause's paragraphs; none when it is a heading over its sub-clauses */
	paragraphs: string[];
	/** the relations editors made and the works it cites; never similar clauses */
	relations: ClauseRelations;
}

/** One page of a topic, ready to render. */
export interface TopicPageView {
	slug: string;
	name: string;
	description: string;
	/** over the whole topic, not this page */
	documentCount: number;
	clauseCount: number;
	/** this page's documents, each with its clauses on the topic */
	groups: { slug: string; title: string; genre: string; validity: ValidityBadgeView; clauses: TopicClause[] }[];
}

/** The page of the topic `slug` holding `groups` (from topicPages). */
export function topicPageView(library: Library, slug: string, groups: TopicPage['groups']): TopicPageView {
	const topic = library.topicsBySlug.get(slug)!;
	return {
		slug,
		name: topic.name,
		description: topic.description,
		documentCount: topic.byDocument.length,
		clauseCount: topic.clauseIds.length,
		groups: groups.map((g) => {
			const document = library.documentsBySlug.get(g.documentSlug)!;
			return {
				slug: document.slug,
				title: document.meta.title,
				genre: document.meta.genre,
				validity: validityBadge(document),
				clauses: g.clauseIds.map((id) => {
					const clause = library.clauses.get(id)!;
					return {
						id,
						documentSlug: clause.documentSlug,
						label: clauseLabel(clause),
						paragraphs: clause.text ? clause.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])) : [],
						relations: clauseRelations(library, id, { similar: false }),
					};
				}),
			};
		}),
	};
}
