import { describe, expect, test } from 'vitest';
import { pageKey } from '../../src/build/page-key.ts';

const page = () => ({
	document: { slug: 'county-report', meta: { title: '某县团委工作报告', date: { value: '2023-09-01', precision: 'day' } } },
	site: new URL('https://lib.example/'),
	clauses: [
		{ id: 'ct-qnzj', text: '建设青年之家', topics: ['venues'] },
		{ id: 'ct-zzsz', text: '培训专兼职团干部160人次', topics: [] },
	],
});

describe('a page’s cache key', () => {
	test('is the same for the same data, built again', () => {
		expect(pageKey(page())).toBe(pageKey(page()));
	});

	test('changes with any value the page renders, however deep', () => {
		const changes: ((p: ReturnType<typeof page>) => void)[] = [
			(p) => (p.clauses[1]!.text = '培训专兼职团干部180人次'),
			(p) => p.clauses[0]!.topics.push('cadre-staffing'),
			(p) => p.clauses.reverse(),
			(p) => (p.document.meta.date.precision = 'month'),
			(p) => (p.site = new URL('https://other.example/')),
			(p) => p.clauses.pop(),
		];
		const keys = changes.map((change) => {
			const p = page();
			change(p);
			return pageKey(p);
		});
		expect(new Set([pageKey(page()), ...keys]).size).toBe(changes.length + 1);
	});

	test('refuses data that would serialise to nothing and hide a change: Map, Set, functions, class instances', () => {
		expect(() => pageKey({ clauses: new Map([['a', 1]]) })).toThrow('pageKey: clauses is a Map, not plain data');
		expect(() => pageKey({ list: [new Set(['a'])] })).toThrow('pageKey: 0 is a Set, not plain data');
		expect(() => pageKey({ render: () => 'x' })).toThrow('pageKey: render is a function, not plain data');
		class View {
			text = '条款';
		}
		expect(() => pageKey({ view: new View() })).toThrow('pageKey: view is a View, not plain data');
	});
});
