import { parse as load } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { documentSchema, genres, isCalendarDate, levels } from '../../src/schemas/document.ts';
import { splitMdx } from '../helpers/fixture-library.ts';

const good = splitMdx(readFileSync(new URL('../fixtures/library/documents/alpha.mdx', import.meta.url), 'utf8')).data as Record<string, unknown>;
const messages = (data: unknown) => {
	const r = documentSchema.safeParse(data);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('document frontmatter', () => {
	test('accepts the fixture document', () => {
		expect(messages(good)).toEqual([]);
	});

	test('a date that is not a date', () => {
		expect(messages({ ...good, date: { value: '2020-02-30', precision: 'day', basis: '落款' } })).toEqual([
			'date.value: date.value "2020-02-30" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
		]);
	});

	test('an unknown date precision with a value', () => {
		expect(messages({ ...good, date: { value: '2020', precision: 'unknown', basis: '不详' } })).toEqual([
			'date: date.value must be null exactly when date.precision is unknown',
		]);
	});

	test('an unknown 文种 and an unknown level', () => {
		// 便条 and 乡 are no 文种 and no level; the message lists the ones there are.
		expect(messages({ ...good, genre: '便条', level: '乡' })).toEqual([
			`genre: unknown 文种 "便条"; expected one of ${genres.join('、')}`,
			`level: unknown level "乡"; expected one of ${levels.join('、')}`,
		]);
	});

	test('a missing title', () => {
		const rest = Object.fromEntries(Object.entries(good).filter(([key]) => key !== 'title'));
		expect(messages(rest)[0]).toMatch(/^title: /);
	});

	test('an unknown field, so a typo is not silently ignored', () => {
		expect(messages({ ...good, tilte: 'x' })[0]).toMatch(/tilte/);
	});

	test('calendar dates', () => {
		expect(['2024', '2024-01', '2024-02-29'].map(isCalendarDate)).toEqual([true, true, true]);
		expect(['2023-02-29', '2024-13', '24-01-01', '2024/01/01'].map(isCalendarDate)).toEqual([false, false, false, false]);
	});

	test('YAML dates are strings, not Date objects', () => {
		expect(load('value: "2024-01-15"')).toEqual({ value: '2024-01-15' });
	});
});
