import type { TopicWithClauses } from './types.ts';

/** Clauses on one page of a topic, at most (a document's clauses of the topic stay together). */
export const TOPIC_PAGE_CLAUSES = 200;

/** One page of a topic: its number (from 1) and its document groups. */
export interface TopicPage {
	part: number;
	groups: TopicWithClauses['byDocument'];
}

/**
 * Splits a topic's document groups into pages of at most `perPage` clauses, breaking only
 * between documents (a single document with more clauses than that gets a page of its own).
 * The real library's topics fit on one page; at 10,000 documents a topic holds tens of
 * thousands of clauses, which no phone should load at once.
 */
export function topicPages(topic: Pick<TopicWithClauses, 'byDocument'>, perPage = TOPIC_PAGE_CLAUSES): TopicPage[] {
	const pages: TopicPage[] = [];
	let current: TopicPage['groups'] = [];
	let count = 0;
	for (const group of topic.byDocument) {
		if (count > 0 && count + group.clauseIds.length > perPage) {
			pages.push({ part: pages.length + 1, groups: current });
			current = [];
			count = 0;
		}
		current.push(group);
		count += group.clauseIds.length;
	}
	pages.push({ part: pages.length + 1, groups: current });
	return pages;
}
