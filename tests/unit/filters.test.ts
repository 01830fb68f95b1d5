import { describe, expect, test } from 'vitest';
import { documentFilters, filterChoices, filterNames, isFilterName } from '../../src/search/filters.ts';
import { fixtureLibraryDir, readLibrary } from '../helpers/fixture-library.ts';

const library = readLibrary(fixtureLibraryDir);
const metas = library.documents.map((d) => d.meta);

describe('the search filters', () => {
	test('are named as the search page’s URL parameters', () => {
		expect(filterNames).toEqual(['topic', 'genre', 'level', 'issuer', 'year']);
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
		expect(documentFilters(unknown)).toEqual({ genre: [metas[0]!.genre], level: ['不详'], issuer: ['不详'], year: ['不详'] });
	});

	test('the page offers every topic and the values the documents carry, years newest first', () => {
		const choices = filterChoices(
			library.topics.map((t) => t.name),
			metas,
		);
		expect(choices.map((c) => [c.name, c.label])).toEqual([
			['topic', '专题'],
			['genre', '文种'],
			['level', '层级'],
			['issuer', '发文单位'],
			['year', '年份'],
		]);
		expect(choices[0]!.options).toEqual(library.topics.map((t) => t.name));
		const years = choices.find((c) => c.name === 'year')!.options;
		expect(years).toEqual([...years].sort().reverse());
	});
});
