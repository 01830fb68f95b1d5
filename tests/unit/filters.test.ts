import { describe, expect, test } from 'vitest';
import { documentFilters, filterChoices, filterNames, isFilterName } from '../../src/search/filters.ts';
import { fixtureLibraryDir, readLibrary } from '../helpers/fixture-library.ts';

const library = readLibrary(fixtureLibraryDir);
const metas = library.documents.map((d) => d.meta);

describe('the search filters', () => {
	test('are named as the search page’s URL parameters', () => {
		expect(filterNames).toEqual(['topic', 'genre', 'level', 'issuer', 'year', 'status']);
		expect(isFilterName('genre')).toBe(true);
		expect(isFilterName('q')).toBe(false);
	});

	test('a document’s values say 不详 where the source gives none', () => {
		const unknown = {
			...metas[0]!,
			level: '未知' as const,
			issuer: { name: null, basis: 'unknown' as const, note: null },
			date: { value: null, precision: 'unknown' as const, basis: '无' },
		};
		expect(documentFilters({ meta: unknown, validity: library.documents[0]!.validity })).toEqual({
			genre: [metas[0]!.genre],
			level: ['不详'],
			issuer: ['不详'],
			year: ['不详'],
			status: ['不详'],
		});
	});

	test('the page offers every topic and the values the documents carry, years newest first', () => {
		const choices = filterChoices(
			library.topics.map((t) => t.name),
			library.documents,
		);
		expect(choices.map((c) => [c.name, c.label])).toEqual([
			['topic', '专题'],
			['genre', '文种'],
			['level', '层级'],
			['issuer', '发文单位'],
			['year', '年份'],
			['status', '时效性'],
		]);
		expect(choices[0]!.options).toEqual(library.topics.map((t) => t.name));
		const years = choices.find((c) => c.name === 'year')!.options;
		expect(years).toEqual([...years].sort().reverse());
	});

	test('a document’s 时效性 is the status readers see, and the page offers statuses in code-list order', () => {
		const validity = readLibrary(new URL('../fixtures/validity/', import.meta.url).pathname, undefined, '2026-01-01');
		expect(validity.documents.map((d) => [d.slug, documentFilters(d).status])).toEqual([
			['youth-home-interim', ['期满失效']],
			['dues-old', ['已废止']],
			['volunteer-notice', ['不详']],
			['dues-management', ['现行有效']],
		]);
		const choices = filterChoices([], validity.documents);
		expect(choices.find((c) => c.name === 'status')!.options).toEqual(['现行有效', '期满失效', '已废止', '不详']);
	});
});
