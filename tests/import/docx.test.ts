import { describe, expect, test } from 'vitest';
import { readDocx } from '../../src/import/decode-docx.ts';
import { formatNumber } from '../../src/import/docx-numbering.ts';
import { buildDocx } from '../fixtures/import/build-sources.ts';

describe("restoring Word's automatic numbering as printed", () => {
	test('prints each counting format Chinese documents use', () => {
		expect(
			[
				'chineseCounting',
				'chineseCountingThousand',
				'decimal',
				'decimalZero',
				'decimalFullWidth',
				'decimalEnclosedCircle',
				'ideographTraditional',
				'chineseLegalSimplified',
				'upperRoman',
				'lowerLetter',
			].map((f) => formatNumber(f, 12)),
		).toEqual(['十二', '十二', '12', '12', '１２', '⑫', null, '拾贰', 'XII', 'l']);
		expect(formatNumber('decimalZero', 3)).toBe('03');
		expect(formatNumber('chineseCounting', 21)).toBe('二十一');
		expect(formatNumber('ideographTraditional', 3)).toBe('丙');
	});

	test('counts levels as Word does: a deeper level starts again under each new parent', () => {
		const docx = buildDocx(
			[
				{ text: '总体要求', numId: 1, ilvl: 0 },
				{ text: '指导思想。', numId: 1, ilvl: 1 },
				{ text: '第一项；', numId: 1, ilvl: 2 },
				{ text: '第二项。', numId: 1, ilvl: 2 },
				{ text: '工作目标。', numId: 1, ilvl: 1 },
				{ text: '第一项。', numId: 1, ilvl: 2 },
				{ text: '重点任务', numId: 1, ilvl: 0 },
				{ text: '组织保障。', numId: 1, ilvl: 1 },
			],
			[
				[
					{ format: 'chineseCounting', text: '%1、', suffix: 'nothing' },
					{ format: 'chineseCounting', text: '（%2）', suffix: 'nothing' },
					{ format: 'decimal', text: '%3.', suffix: 'nothing' },
				],
			],
		);
		expect(readDocx('plan.docx', docx).lines).toEqual([
			'一、总体要求',
			'（一）指导思想。',
			'1.第一项；',
			'2.第二项。',
			'（二）工作目标。',
			'1.第一项。',
			'二、重点任务',
			'（一）组织保障。',
		]);
	});

	test('prints a space after a label ending in a character, as Word does with its tab', () => {
		const docx = buildDocx([{ text: '为规范工作，制定本细则。', numId: 1 }], [[{ format: 'chineseCounting', text: '第%1条', suffix: 'tab' }]]);
		expect(readDocx('rules.docx', docx).lines).toEqual(['第一条 为规范工作，制定本细则。']);
	});

	test('says which paragraph lost its number when the format cannot be printed', () => {
		const docx = buildDocx([{ text: '标题' }, { text: '用甲骨文编号的段落内容', numId: 1 }], [[{ format: 'hebrew1', text: '%1.' }]]);
		const read = readDocx('odd.docx', docx);
		expect(read.lines).toEqual(['标题', '用甲骨文编号的段落内容']);
		expect(read.warnings).toEqual([
			{
				line: 2,
				message:
					'lost its number: Word numbers this paragraph automatically, but numbering format hebrew1 is not one the importer can print; write the number in by hand ("用甲骨文编号的段落内容…")',
			},
		]);
	});

	test('says which paragraph lost its number when its list is not defined', () => {
		const docx = buildDocx([{ text: '没有定义的列表', numId: 9 }], []);
		expect(readDocx('missing.docx', docx).warnings[0]!.message).toBe(
			'lost its number: Word numbers this paragraph automatically, but list 9 level 0 is not defined in numbering.xml; write the number in by hand ("没有定义的列表…")',
		);
	});

	test('leaves bullets out of the text and notes how many', () => {
		const docx = buildDocx(
			[
				{ text: '助老', numId: 1 },
				{ text: '助残', numId: 1 },
			],
			[[{ format: 'bullet', text: '•' }]],
		);
		const read = readDocx('list.docx', docx);
		expect(read.lines).toEqual(['助老', '助残']);
		expect(read.notes).toEqual(['2 bulleted paragraphs: bullets are not numbers, so they are left out of the text']);
	});
});
