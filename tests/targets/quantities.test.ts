import { describe, expect, test } from 'vitest';
import { parseNumber } from '../../src/targets/numerals.ts';
import { findQuantities } from '../../src/targets/quantities.ts';
import { splitSentences } from '../../src/targets/sentences.ts';

const phrases = (sentence: string) => findQuantities(sentence).map((q) => q.phrase);

describe('numbers as the texts write them', () => {
	test('reads Arabic, full-width and decimal numbers', () => {
		expect([parseNumber('90'), parseNumber('３０'), parseNumber('16.5')]).toEqual([90, 30, 16.5]);
	});

	test('reads Chinese numerals, 两 and 半 included', () => {
		expect(['三', '两', '十', '十五', '二十', '一百零五', '半'].map(parseNumber)).toEqual([3, 2, 10, 15, 20, 105, 0.5]);
	});

	test('reads a year written digit by digit as its digits', () => {
		expect(parseNumber('二〇二三')).toBe(2023);
	});
});

describe('what is a quantity', () => {
	test('a number with its unit, approximate figures and ranges included', () => {
		expect(phrases('覆盖率达到90%，参与700余人次，任期三至五年，经费2万元。')).toEqual(['90%', '700余人次', '三至五年', '2万元']);
	});

	test('a period with a number of its own (每半年) is a quantity without a value', () => {
		const [q] = findQuantities('每半年要向上级团委进行述职。');
		expect(q).toMatchObject({ phrase: '每半年', value: null, unit: null });
	});

	test('not a calendar year, a date or an anniversary', () => {
		expect(phrases('2023年度召开会议，于8月14日前报送，庆祝建团100周年，二〇二三年完成。')).toEqual([]);
	});

	test('not an ordinal or a demonstrative', () => {
		expect(phrases('第五次全体会议，这一次调研，上半年工作，放在第一位。')).toEqual([]);
	});

	test('not a number inside a name: short quotations, titles, document numbers', () => {
		expect(phrases('落实“三会一课”和“五个一”，执行《二十条措施》(中青发〔2019〕9号)。')).toEqual([]);
	});

	test('but a number inside a quoted rule', () => {
		expect(phrases('落实“28周岁以下青年入党一般应从团员中发展，发展团员入党一般应经过团组织推荐”的要求。')).toEqual(['28周岁']);
	});

	test('not 每一名 (each) or 一次性 (one-off)', () => {
		expect(phrases('每一名党委成员要率先垂范，一次性补助。')).toEqual([]);
	});

	test('一 with a classifier other than 次 is marked as a possible article', () => {
		expect(findQuantities('是一项重要任务，开展一次调研。').map((q) => [q.phrase, q.bareOne])).toEqual([
			['一项', true],
			['一次', false],
		]);
	});
});

describe('sentences', () => {
	test('end at 。；; and keep a closing quote with them', () => {
		expect(splitSentences('要求“每年一次。”然后;再如此。').map((s) => s.text)).toEqual(['要求“每年一次。”', '然后;', '再如此。']);
	});

	test('do not end at an ASCII question mark, which the sources use inside quotes', () => {
		expect(splitSentences('主题为“生生感恩心?师师爱生情”的仪式。')).toHaveLength(1);
	});

	test('joined give the paragraph back unchanged', () => {
		const paragraph = '各级党委要每年听取1次汇报;每年至少调研1次。剩余文字';
		expect(
			splitSentences(paragraph)
				.map((s) => s.text)
				.join(''),
		).toBe(paragraph);
	});
});
