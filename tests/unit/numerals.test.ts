import { describe, expect, test } from 'vitest';
import { chineseNumberValue, chineseNumeral, numberWordings } from '../../src/search/numerals.ts';
import { expandTerm } from '../../src/search/synonyms.ts';

describe('a count in Chinese numerals or in digits is searched in both forms', () => {
	test('Chinese numerals up to 99 are read, and written back as policies print them', () => {
		expect([chineseNumberValue('一'), chineseNumberValue('两'), chineseNumberValue('十'), chineseNumberValue('十二'), chineseNumberValue('二十')]).toEqual([
			1, 2, 10, 12, 20,
		]);
		expect(chineseNumberValue('九十九')).toBe(99);
		expect(chineseNumberValue('百')).toBeNull();
		expect([1, 10, 12, 20, 35].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '三十五']);
	});

	test('a number with a measure word gets its other form; two reads as 二 and 两', () => {
		expect(numberWordings('一次')).toEqual(['1次']);
		expect(numberWordings('两年')).toEqual(['2年']);
		expect(numberWordings('三个月')).toEqual(['3个月']);
		expect(numberWordings('1次')).toEqual(['一次']);
		expect(numberWordings('2年')).toEqual(['二年', '两年']);
		expect(numberWordings('12名')).toEqual(['十二名']);
	});

	test('names that begin with a numeral, and years, are left alone', () => {
		expect(numberWordings('三会一课')).toEqual([]);
		expect(numberWordings('一把手')).toEqual([]);
		expect(numberWordings('2024年')).toEqual([]);
		expect(numberWordings('团干部')).toEqual([]);
	});

	test('a query word is searched as its other form too', () => {
		expect(expandTerm('一次', []).map((w) => w.text)).toEqual(['一次', '1次']);
	});
});
