import { describe, expect, test } from 'vitest';
import { hanNumeral, matchMarker, nextPrinted, numeralValue } from '../../src/import/numbering.ts';
import { buildOutline } from '../../src/import/outline.ts';
import type { OutlineClause } from '../../src/import/types.ts';
import { messages, rows, run } from './helpers.ts';

/** The outline of lines given as text, one per line, numbered from 1. */
const outline = (text: string) =>
	buildOutline(
		text
			.split('\n')
			.map((t, i) => ({ line: i + 1, text: t }))
			.filter((l) => l.text !== ''),
	);
const shape = (clauses: OutlineClause[], depth = 0): string[] =>
	clauses.flatMap((c) => [
		`${'  '.repeat(depth)}${c.role ?? c.n?.trim() ?? '·'} ${c.title ?? ''}`.trimEnd(),
		...shape(
			c.blocks.flatMap((b) => (b.kind === 'clause' ? [b.clause] : [])),
			depth + 1,
		),
	]);
const warningsOf = (text: string) => outline(text).warnings.map((w) => `${w.line ?? '-'} ${w.message}`);

describe('the numbering grammar', () => {
	test('reads every scheme, with the number exactly as printed', () => {
		const read = (t: string) => {
			const m = matchMarker(t)!;
			return [m.kind, m.printed, m.ordinal, m.rest];
		};
		expect(read('第十二章　附则')).toEqual(['zhang', '第十二章', 12, '附则']);
		expect(read('第二部分　主要内容')).toEqual(['bufen', '第二部分', 2, '主要内容']);
		expect(read('第三节 团总支')).toEqual(['jie', '第三节', 3, '团总支']);
		expect(read('第一百零五条　本办法自印发之日起施行。')).toEqual(['tiao', '第一百零五条', 105, '本办法自印发之日起施行。']);
		expect(read('十一、其他')).toEqual(['han-dun', '十一、', 11, '其他']);
		expect(read('（二）组织生活')).toEqual(['han-paren', '（二）', 2, '组织生活']);
		expect(read('(三)half-width')).toEqual(['han-paren', '(三)', 3, 'half-width']);
		expect(read('１２．全角数字')).toEqual(['arabic-dot', '１２．', 12, '全角数字']);
		expect(read('3、顿号')).toEqual(['arabic-dot', '3、', 3, '顿号']);
		expect(read('（4）括号')).toEqual(['arabic-paren', '（4）', 4, '括号']);
		expect(read('⑫圈码')).toEqual(['circled', '⑫', 12, '圈码']);
		expect(read('07 措施标题')).toEqual(['measure', '07', 7, '措施标题']);
		expect(read('九是开展行动')).toEqual(['han-shi', '九是', 9, '开展行动']);
		expect(read('二要加强督办')).toEqual(['han-yao', '二要', 2, '加强督办']);
		expect(read('第三，抓落实')).toEqual(['di-han', '第三，', 3, '抓落实']);
	});

	test('does not read a number where there is none', () => {
		for (const t of ['2024年全市团员', '1.5万元经费', '10 个团支部，分别是', '十分重要', '一是否可行', '统一是前提']) expect(matchMarker(t), t).toBeNull();
	});

	test('counts Chinese numerals and writes the next number in the same form', () => {
		expect(['一', '十', '十九', '二十', '九十九', '一百', '一百零五', '两百'].map(numeralValue)).toEqual([1, 10, 19, 20, 99, 100, 105, 200]);
		expect([1, 10, 12, 20, 21, 105, 110].map(hanNumeral)).toEqual(['一', '十', '十二', '二十', '二十一', '一百零五', '一百一十']);
		expect(nextPrinted(matchMarker('三、x')!, 1)).toBe('四、');
		expect(nextPrinted(matchMarker('（九）x')!, 1)).toBe('（十）');
		expect(nextPrinted(matchMarker('09 x')!, 1)).toBe('10');
		expect(nextPrinted(matchMarker('２．x')!, 1)).toBe('３．');
		expect(nextPrinted(matchMarker('③x')!, 1)).toBe('④');
	});
});

describe('nesting as printed', () => {
	test('一、 over （一） over 1. over （1） over ①; a higher number closes the lower ones', () => {
		const text = [
			'一、总体要求',
			'（一）指导思想',
			'1.坚持党的领导；',
			'（1）一项；',
			'①一点；',
			'②两点。',
			'（2）两项。',
			'2.坚持服务青年。',
			'（二）工作目标',
			'二、重点任务',
			'1.直接在一、下。正文。',
		].join('\n');
		expect(shape(outline(text).clauses)).toEqual([
			'一、 总体要求',
			'  （一） 指导思想',
			'    1.',
			'      （1）',
			'        ①',
			'        ②',
			'      （2）',
			'    2.',
			'  （二） 工作目标',
			'二、 重点任务',
			'  1. 直接在一、下。',
		]);
	});

	test('a 一是 list under an open 三是 nests; a run-in list never swallows the next numbered heading', () => {
		const text = ['一、规范制度', '一是贯彻民主集中制。要坚持。二是落实组织生活。一是抓好学习；二是做好团费收缴。', '二、下一部分', '正文。'].join('\n');
		expect(shape(outline(text).clauses)).toEqual([
			'一、 规范制度',
			'  一是 贯彻民主集中制。',
			'  二是 落实组织生活。',
			'    一是',
			'    二是',
			'二、 下一部分',
		]);
		expect(outline(text).warnings).toEqual([]);
	});

	test('keeps words like 统一是 and a lone 二、 in a sentence as text', () => {
		const { clauses } = outline('一、总则\n思想统一是前提，行动一致是关键。要做到两点：二、三项不算。');
		expect(shape(clauses)).toEqual(['一、 总则']);
	});

	test('takes a title from a heading line, or from a first sentence ending in 。 when more follows', () => {
		const { clauses } = outline('1.加强领导。各级团委要负责。\n2.只有一句话。\n3.标题式的行\n正文另起一段。');
		expect(clauses.map((c) => [c.n, c.title, c.blocks.map((b) => (b.kind === 'text' ? b.text : '·'))])).toEqual([
			['1.', '加强领导。', ['各级团委要负责。']],
			['2.', null, ['只有一句话。']],
			['3.', '标题式的行', ['正文另起一段。']],
		]);
	});

	test('keeps the space printed after a number where the page would not print it', () => {
		const numbers = ['第一条　为规范工作，制定本办法。', '1. 加强领导', '01 措施'].map((t) => outline(t).clauses[0]!.n);
		expect(numbers).toEqual(['第一条　', '1. ', '01']);
	});

	test('reads headings without numbers by their parallel wording', () => {
		const text = [
			'坚持高标准，推进组织建设',
			'严格程序，规范发展团员',
			'正文一。',
			'创新方式，激发组织活力',
			'正文二。',
			'强化硬保障，落实工作责任',
			'队伍建设',
			'正文三。',
			'经费保障',
			'正文四。',
		].join('\n');
		const result = outline(text);
		expect(shape(result.clauses)).toEqual([
			'· 坚持高标准，推进组织建设',
			'  · 严格程序，规范发展团员',
			'  · 创新方式，激发组织活力',
			'· 强化硬保障，落实工作责任',
			'  · 队伍建设',
			'  · 经费保障',
		]);
		expect(result.warnings.map((w) => w.message)).toContain(
			'6 headings without numbers: their levels are read from their wording (headings worded alike are siblings); check the outline',
		);
	});

	test('puts headings without numbers side by side when none are worded alike', () => {
		expect(warningsOf('一段开头\n正文一。\n另外一个标题吧\n正文二。')).toEqual([
			'- 2 headings without numbers: their levels are read from their wording (headings worded alike are siblings; none are alike, so all are siblings); check the outline',
		]);
	});

	test('reads paragraphs that open with a short titled sentence, two or more in a row, as unnumbered clauses', () => {
		expect(shape(outline('引言很长的一段话，不是标题。\n强化意识。正文一。\n规范制度。正文二。').clauses)).toEqual([
			'preamble',
			'· 强化意识。',
			'· 规范制度。',
		]);
	});
});

describe('warnings about numbering, never a silent guess', () => {
	test('a gap in a sequence', () => {
		expect(warningsOf('一、甲\n二、乙\n四、丁')).toEqual([
			'3 numbering jumps from 二、 to 四、 (三、 is missing): read as the next 二、 item; check the source',
		]);
	});

	test('a repeated number', () => {
		expect(warningsOf('1.甲。正文。\n2.乙。正文。\n2.丙。正文。')).toEqual(['3 numbering repeats 2.: read as the next 2. item; check the source']);
	});

	test('a number going back', () => {
		expect(warningsOf('（一）甲\n（三）丙\n（二）乙')).toContainEqual(
			'3 numbering goes back from （三） to （二）: read as the next （三） item; check the source',
		);
	});

	test('a list starting again at 1 at the same level', () => {
		expect(warningsOf('1.甲\n2.乙\n1.另一组')).toEqual([
			'3 numbering starts again at 1. after 2.: read as a new list at the same level; check the source'.replace('; check the source', ''),
		]);
	});

	test('a sequence that does not start at its first number, unless it continues through the text', () => {
		expect(warningsOf('一、甲\n（二）乙')).toEqual(['2 numbering starts at （二）, where （一） was expected; check the source']);
		expect(warningsOf('一、甲\n01 措施\n02 措施\n二、乙\n03 措施')).toEqual([]);
		expect(warningsOf('一、甲\n01 措施\n二、乙\n05 措施')).toEqual(['4 numbering starts at 05, where 01 or 02 was expected; check the source']);
	});

	test('a heading broken over two lines, joined', () => {
		expect(warningsOf('一、推动党团队育人链条\n衔接贯通\n01 措施')).toEqual([
			'2 joined to the heading on line 1, read as broken over two lines: "一、推动党团队育人链条" + "衔接贯通"',
		]);
	});

	test('lines broken mid-sentence, joined to their clause', () => {
		const result = outline('第一条　为了规范团支部的工作程序，提高组织生活质量，根据有关规定\n制定本办法。\n第二条　本办法适用于全县。');
		expect(shape(result.clauses)).toEqual(['第一条', '第二条']);
		expect(result.warnings.map((w) => `${w.line} ${w.message}`)).toEqual(['2 1 line(s) broken mid-sentence joined to the line before (lines 2)']);
	});

	test('paragraphs after the last of a list of one-paragraph measures, read as the closing', () => {
		expect(warningsOf('01 甲\n正文甲。\n02 乙\n正文乙。\n03 丙\n正文丙。\n方案要求各级组织抓好落实。')).toEqual([
			'7 read as the document\'s closing text, not part of 03 (its sibling clauses have one paragraph each): "方案要求各级组织抓好落实。"…; check',
		]);
	});

	test('a text with no numbers or headings at all', () => {
		expect(warningsOf('这是一段话。\n这是另一段话。')).toEqual([
			'- no numbered or headed clauses found: the whole text is one clause; check that this is right',
		]);
	});
});

describe('the closing and the attachments', () => {
	test('starts the closing at a formula, a signature or a date, and lists the 附件说明 there', () => {
		const result = run(
			'n.txt',
			['关于做好某项工作的通知', '各团委：', '一、要求', '正文。', '特此通知。', '附件：1.名单', '2.表格', '共青团某市委', '2025年1月2日'].join('\n'),
		);
		expect(rows(result.clauses)).toEqual(['preamble «各团委：»', '一、 要求', 'closing «特此通知。附件：»']);
		expect(result.meta.attachments).toEqual(['名单', '表格']);
	});

	test('makes each attachment a top-level part with its own numbering', () => {
		const result = run(
			'a.txt',
			['关于某事的通知', '一、要求', '正文。', '某委', '2025年1月2日', '附件1', '工作清单', '一、第一项', '附件2', '联系表', '1.姓名'].join('\n'),
		);
		expect(rows(result.clauses)).toEqual(['一、 要求', 'closing «某委2025年1»', '附件1 工作清单', '  一、 第一项', '附件2 联系表', '  1. 姓名']);
	});
});

describe('titles that no attribute can hold', () => {
	test('are printed as the clause’s first paragraph, with a warning', () => {
		const result = run('q.txt', `关于某事的通知\n一、关于"甲"和'乙'的要求\n正文。`);
		expect(messages(result)).toContainEqual(
			'- its title holds both kinds of straight quote, which no attribute can hold: printed as its first paragraph instead',
		);
		expect(result.check.verbatim.missing).toEqual([]);
	});
});
