import { describe, expect, test } from 'vitest';
import { BOM, CSV_COLUMNS, csvField, targetsCsv } from '../../src/targets/csv.ts';
import { countText, matches } from '../../src/targets/filter.ts';
import { targetsView } from '../../src/targets/group.ts';
import { buildTargets } from '../../src/targets/targets-model.ts';
import { fixtureLibraryDir, readLibrary } from '../helpers/fixture-library.ts';

const library = readLibrary(fixtureLibraryDir);
const view = targetsView(buildTargets(library), library);

describe('the CSV', () => {
	const csv = targetsCsv(view.rows, (row) => `https://example.org/c/${row.clause.id}.html`);

	test('starts with a byte-order mark and the Chinese column names', () => {
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
	});

	test('holds one line per row of the table, with the sentence verbatim', () => {
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(view.rows.length + 1);
		const row = lines.find((l) => l.includes('https://example.org/c/al-sec1.html'));
		expect(row).toContain(',团干部出现空缺时，应当在3个月内配齐。,3个月,');
	});

	test('quotes fields that hold commas, quotes or line breaks', () => {
		expect([csvField('a,b'), csvField('说“好”'), csvField('他说"是"'), csvField('一\n二')]).toEqual(['"a,b"', '说“好”', '"他说""是"""', '"一\n二"']);
	});
});

describe('the page’s filters', () => {
	const row = { topics: ['funding', 'venues'], document: 'alpha', level: '市', period: '每年' };

	test('an empty choice passes every row', () => {
		expect(matches(row, {})).toBe(true);
		expect(matches(row, { topic: '', level: '' })).toBe(true);
	});

	test('a topic matches any of the clause’s topics, not only the one it is grouped under', () => {
		expect(matches(row, { topic: 'venues' })).toBe(true);
		expect(matches(row, { topic: 'schools' })).toBe(false);
	});

	test('all filters set must all match', () => {
		expect(matches(row, { document: 'alpha', level: '市', period: '每年' })).toBe(true);
		expect(matches(row, { document: 'alpha', level: '县' })).toBe(false);
	});

	test('say how many rows are shown', () => {
		expect([countText(27, 27), countText(3, 27)]).toEqual(['共 27 项要求', '显示 3 项，共 27 项']);
	});
});
