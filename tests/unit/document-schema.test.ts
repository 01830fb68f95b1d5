import { parse as load } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { documentSchema, isCalendarDate } from '../../src/schemas/document.ts';
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
		expect(messages({ ...good, genre: '公告', level: '乡' })).toEqual([
			'genre: unknown 文种 "公告"; expected one of 通知、实施方案、意见、办法、讲话、工作总结、工作报告、评论',
			'level: unknown level "乡"; expected one of 中央、省、市、县、企业、学校、基层单位、未知',
		]);
	});

	test('a missing title', () => {
		const { title: _, ...rest } = good;
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
