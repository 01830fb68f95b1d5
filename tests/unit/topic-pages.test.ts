import { describe, expect, test } from 'vitest';
import { topicPages } from '../../src/library/topic-pages.ts';
import { routeFile } from '../../src/utils/links.ts';

const groups = (...sizes: number[]) => ({
	byDocument: sizes.map((n, d) => ({ documentSlug: `d${d}`, clauseIds: Array.from({ length: n }, (_, k) => `d${d}-${k}`) })),
});

describe('the pages of a topic', () => {
	test('a topic that fits is one page', () => {
		expect(topicPages(groups(3, 4), 10)).toEqual([{ part: 1, groups: groups(3, 4).byDocument }]);
	});

	test('breaks only between documents, each page within the limit', () => {
		const pages = topicPages(groups(4, 4, 4, 4, 4), 10);
		expect(pages.map((p) => p.groups.map((g) => g.documentSlug))).toEqual([['d0', 'd1'], ['d2', 'd3'], ['d4']]);
		expect(pages.map((p) => p.part)).toEqual([1, 2, 3]);
	});

	test('a document with more clauses than a page holds gets a page of its own, whole', () => {
		const pages = topicPages(groups(2, 25, 2), 10);
		expect(pages.map((p) => p.groups.map((g) => g.clauseIds.length))).toEqual([[2], [25], [2]]);
	});

	test('keeps every clause, in order', () => {
		const topic = groups(7, 1, 9, 3, 12, 5);
		expect(topicPages(topic, 10).flatMap((p) => p.groups.flatMap((g) => g.clauseIds))).toEqual(topic.byDocument.flatMap((g) => g.clauseIds));
	});

	test('the first page keeps the topic’s address; later pages sit in its folder', () => {
		expect(routeFile({ page: 'topic', slug: 'funding', part: 1 })).toBe('topics/funding.html');
		expect(routeFile({ page: 'topic', slug: 'funding', part: 3 })).toBe('topics/funding/3.html');
	});
});
