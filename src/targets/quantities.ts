/**
 * Finds the quantities of a sentence: a number with its unit (90%, 3个月, 两年, 2万元, 1次,
 * 28周岁, 700余人次, 三至五年, 每半年). What only looks like one is left out, by rules a reader
 * of policy texts applies without thinking:
 * - a calendar year, month or day (2024年, 8月14日), an anniversary (100周年);
 * - an ordinal (第五次, 第一位) and a demonstrative (这一次, 上半年);
 * - a name: numbers inside 《》, 〔〕 and short quotations (“三会一课”, “五个一”);
 * - 每一名 (each), 一次性 (one-off).
 * 一 with a classifier other than 次 is usually an article (一项任务, 一支队伍); it is returned
 * marked `bareOne`, and counts only where a bound or a per-head quota makes it a number.
 */
import { NUMBER_SOURCE, isChineseNumber, parseNumber } from './numerals.ts';
import type { Quantity } from './types.ts';

/** Units and classifiers a quantity may carry; the longest is tried first. */
export const UNITS = [
	'个百分点',
	'个工作日',
	'工作日',
	'个学期',
	'个季度',
	'个小时',
	'个月',
	'周年',
	'周岁',
	'个',
	'岁',
	'人次',
	'元',
	'%',
	'％',
	'年度',
	'学年',
	'年',
	'天',
	'日',
	'周',
	'小时',
	'学时',
	'课时',
	'学期',
	'季度',
	'场次',
	'次',
	'场',
	'期',
	'轮',
	'遍',
	'名',
	'人',
	'位',
	'家',
	'项',
	'所',
	'支',
	'条',
	'篇',
].sort((a, b) => b.length - a.length);

/** Units of time: a quantity in them is a duration (两年, 3个月) and 内 after it a time limit. */
export const DURATION_UNITS = new Set(['个工作日', '工作日', '个学期', '个季度', '个小时', '个月', '年', '天', '日', '周', '小时', '学期', '季度']);
/** Units that count how often something is done. */
export const FREQUENCY_UNITS = new Set(['次', '场次', '轮', '遍']);

const RANGE = '(至|到|～|~|—|－|-)';
// 万 and 亿 multiply the unit after them (2万元, 16.5万人次, 3.2万小时): they are read as part of the unit.
const UNIT_SOURCE = `(?:万|亿)?(?:${UNITS.map(escape).join('|')})`;
const PATTERN = new RegExp(`(每)?(${NUMBER_SOURCE})(?:(${UNIT_SOURCE})?${RANGE}(${NUMBER_SOURCE}))?(余|多)?(${UNIT_SOURCE})`, 'g');
const NOT_A_COUNT_BEFORE = /[第这那此该上下前后再又某首]$/;

/** A quantity as found, with what the classifier needs to know of its form. */
export interface FoundQuantity extends Quantity {
	/** 每两年, 每半年: the quantity is itself a period */
	every: boolean;
	/** 一 with a classifier other than 次 (一项, 一名): an article unless bounded */
	bareOne: boolean;
}

function escape(text: string): string {
	return text.replace(/[%]/g, '\\$&');
}

/** Offsets covered by 《titles》, 〔numbers〕 and short quotations, where numbers are names. */
export function nameSpans(sentence: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const m of sentence.matchAll(/《[^》]*》|〔[^〕]*〕|【[^】]*】/g)) spans.push([m.index, m.index + m[0].length]);
	// A quotation ends at ” or, where the source typed the wrong mark, at the next “.
	for (const m of sentence.matchAll(/[“「]([^“”「」]*)[”“」]/g)) if (m[1]!.length <= 12) spans.push([m.index, m.index + m[0].length]);
	return spans;
}

/** Every quantity in a sentence, in order. */
export function findQuantities(sentence: string): FoundQuantity[] {
	const names = nameSpans(sentence);
	const found: FoundQuantity[] = [];
	for (const m of sentence.matchAll(PATTERN)) {
		const [whole, every, first, firstUnit, , second, approx, unit] = m as unknown as [
			string,
			string | undefined,
			string,
			string | undefined,
			string | undefined,
			string | undefined,
			string | undefined,
			string,
		];
		const start = m.index;
		const numberStart = start + (every ? 1 : 0);
		const end = start + whole.length;
		if (names.some(([a, b]) => numberStart >= a && numberStart < b)) continue;
		if (!isQuantity(sentence, numberStart, end, { every: every !== undefined, first, firstUnit, unit })) continue;
		// 每半年 is a period: the words give no count, so none is recorded.
		const isPeriod = every !== undefined;
		found.push({
			start,
			end,
			phrase: whole,
			value: isPeriod ? null : parseNumber(first),
			max: isPeriod || second === undefined ? null : parseNumber(second),
			unit: isPeriod ? null : unit,
			approximate: approx !== undefined,
			every: every !== undefined,
			bareOne: first === '一' && second === undefined && !FREQUENCY_UNITS.has(unit),
		});
	}
	return found;
}

function isQuantity(
	sentence: string,
	numberStart: number,
	end: number,
	m: { every: boolean; first: string; firstUnit: string | undefined; unit: string },
): boolean {
	const before = sentence.slice(0, numberStart);
	const after = sentence.slice(end);
	const chinese = isChineseNumber(m.first);
	if (chinese ? NOT_A_COUNT_BEFORE.test(before) : /[0-9A-Za-z.．]$/.test(before)) return false;
	if (m.unit === '周年' || m.unit === '年度' || m.unit === '学年') return false;
	// 2024年, 二〇二三年: a calendar year.
	if (m.unit === '年' && (/^[0-9０-９]{4}$/.test(m.first) || (chinese && m.first.length >= 3 && !/[十百千]/.test(m.first)))) return false;
	// 14日 is a day of a month unless 内 makes it a time limit (15日内).
	if (m.unit === '日' && !/^(?:以内|之内|内)/.test(after)) return false;
	if (m.first === '半' && !DURATION_UNITS.has(m.unit)) return false;
	if (m.every && m.first === '一') return false;
	if (m.unit === '次' && after.startsWith('性')) return false;
	return true;
}
