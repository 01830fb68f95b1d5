/**
 * Word's automatic numbering, printed back as text. In a .docx the labels 一、 （一） 1. are not
 * in the paragraph's text: the paragraph names a list (numId) and a level (ilvl), and
 * numbering.xml says how that level counts (chineseCounting, decimal, …) and prints (%1、,
 * （%2）). This module counts the paragraphs as Word does and writes each label as it would be
 * printed, or says that it cannot (a bullet, or a format it does not know), so the importer can
 * tell the editor which clauses lost their number.
 */
import { child, childrenNamed, type XmlElement, val } from './xml.ts';
import { hanNumeral } from './numbering.ts';

interface Level {
	start: number;
	format: string;
	text: string;
	suffix: 'tab' | 'space' | 'nothing';
	/** restart after this level (0-based) increments; -1 never; default: after any higher level */
	restart: number | null;
	legal: boolean;
}

/** The numbering definitions of one document, with counters, read from numbering.xml. */
export interface Numbering {
	/** abstract list id by num id */
	abstractOf: Map<string, string>;
	levels: Map<string, (Level | undefined)[]>;
	/** start overrides by num id and level, applied when that num is first used */
	overrides: Map<string, Map<number, number>>;
	counters: Map<string, number[]>;
	usedNums: Set<string>;
}

/** Reads numbering.xml (absent: no numbering). */
export function readNumbering(root: XmlElement | null): Numbering {
	const numbering: Numbering = { abstractOf: new Map(), levels: new Map(), overrides: new Map(), counters: new Map(), usedNums: new Set() };
	const top = root === null ? undefined : child(root, 'w:numbering');
	if (top === undefined) return numbering;
	for (const abs of childrenNamed(top, 'w:abstractNum')) {
		const levels: (Level | undefined)[] = [];
		for (const lvl of childrenNamed(abs, 'w:lvl')) {
			const restart = val(lvl, 'w:lvlRestart');
			levels[Number(lvl.attrs['w:ilvl'] ?? 0)] = {
				start: Number(val(lvl, 'w:start') ?? 1),
				format: val(lvl, 'w:numFmt') ?? 'decimal',
				text: val(lvl, 'w:lvlText') ?? '',
				suffix: (val(lvl, 'w:suff') ?? 'tab') as Level['suffix'],
				restart: restart === undefined ? null : Number(restart) - 1,
				legal: child(lvl, 'w:isLgl') !== undefined,
			};
		}
		numbering.levels.set(abs.attrs['w:abstractNumId'] ?? '', levels);
	}
	for (const num of childrenNamed(top, 'w:num')) {
		const id = num.attrs['w:numId'] ?? '';
		numbering.abstractOf.set(id, val(num, 'w:abstractNumId') ?? '');
		const overrides = new Map<number, number>();
		for (const o of childrenNamed(num, 'w:lvlOverride')) {
			const start = val(o, 'w:startOverride');
			if (start !== undefined) overrides.set(Number(o.attrs['w:ilvl'] ?? 0), Number(start));
		}
		numbering.overrides.set(id, overrides);
	}
	return numbering;
}

/** A paragraph's label as printed: the text, or why it cannot be printed. */
export type Label = { text: string } | { lost: string } | { bullet: true };

/**
 * Counts one numbered paragraph (list `numId`, level `ilvl`) and returns its printed label,
 * followed by the gap Word prints after it: a space after a label ending in a digit, a letter
 * or a character (第一条), none after punctuation (一、 （一） 1.).
 */
export function nextLabel(numbering: Numbering, numId: string, ilvl: number): Label {
	const abstractId = numbering.abstractOf.get(numId);
	const levels = abstractId === undefined ? undefined : numbering.levels.get(abstractId);
	const level = levels?.[ilvl];
	if (abstractId === undefined || levels === undefined || level === undefined) return { lost: `list ${numId} level ${ilvl} is not defined in numbering.xml` };
	if (level.format === 'bullet') return { bullet: true };
	if (level.format === 'none') return { text: '' };
	const counters = numbering.counters.get(abstractId) ?? levels.map((l) => (l ? l.start - 1 : 0));
	numbering.counters.set(abstractId, counters);
	if (!numbering.usedNums.has(numId)) {
		numbering.usedNums.add(numId);
		for (const [l, start] of numbering.overrides.get(numId) ?? []) counters[l] = start - 1;
	}
	counters[ilvl] = (counters[ilvl] ?? 0) + 1;
	// Deeper levels restart after this one increments, unless their lvlRestart says otherwise.
	levels.forEach((l, k) => {
		if (k > ilvl && l && (l.restart === null || ilvl <= l.restart)) counters[k] = l.start - 1;
	});
	const lost: string[] = [];
	const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
		const k = Number(d) - 1;
		const lk = levels[k];
		const printed = formatNumber(level.legal && k < ilvl ? 'decimal' : (lk?.format ?? 'decimal'), counters[k] ?? 1);
		if (printed === null) lost.push(`numbering format ${lk?.format ?? '?'} is not one the importer can print`);
		return printed ?? '';
	});
	if (lost.length > 0) return { lost: lost[0]! };
	const gap = level.suffix === 'nothing' || text === '' || /[\p{P}\s]$/u.test(text) ? '' : ' ';
	return { text: `${text}${gap}` };
}

const circled = (n: number) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x245f + n) : n <= 35 ? String.fromCodePoint(0x3251 + n - 21) : null);
const legalDigits = '零壹贰叁肆伍陆柒捌玖';

/** A counter's value in one of Word's numbering formats, or null for a format not known here. */
export function formatNumber(format: string, n: number): string | null {
	switch (format) {
		case 'decimal':
			return String(n);
		case 'decimalZero':
			return String(n).padStart(2, '0');
		case 'decimalFullWidth':
		case 'decimalFullWidth2':
			return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
		case 'decimalEnclosedCircle':
		case 'decimalEnclosedCircleChinese':
			return circled(n);
		case 'decimalEnclosedParen':
			return n >= 1 && n <= 20 ? String.fromCodePoint(0x2473 + n) : null;
		case 'decimalEnclosedFullstop':
			return n >= 1 && n <= 20 ? String.fromCodePoint(0x2487 + n) : null;
		case 'chineseCounting':
		case 'chineseCountingThousand':
		case 'japaneseCounting':
		case 'taiwaneseCounting':
		case 'taiwaneseCountingThousand':
			return n >= 1 && n < 1000 ? hanNumeral(n) : null;
		case 'ideographDigital':
			return String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]!);
		case 'chineseLegalSimplified':
			return n >= 1 && n < 1000
				? hanNumeral(n).replace(/[零一二三四五六七八九十百]/g, (c) => (c === '十' ? '拾' : c === '百' ? '佰' : legalDigits['零一二三四五六七八九'.indexOf(c)]!))
				: null;
		case 'ideographTraditional':
			return n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1]! : null;
		case 'ideographZodiac':
			return n >= 1 && n <= 12 ? '子丑寅卯辰巳午未申酉戌亥'[n - 1]! : null;
		case 'upperLetter':
		case 'lowerLetter': {
			const letter = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
			return format === 'upperLetter' ? letter : letter.toLowerCase();
		}
		case 'upperRoman':
		case 'lowerRoman': {
			const roman = toRoman(n);
			return format === 'upperRoman' ? roman : roman.toLowerCase();
		}
		default:
			return null;
	}
}

function toRoman(n: number): string {
	const table: [number, string][] = [
		[1000, 'M'],
		[900, 'CM'],
		[500, 'D'],
		[400, 'CD'],
		[100, 'C'],
		[90, 'XC'],
		[50, 'L'],
		[40, 'XL'],
		[10, 'X'],
		[9, 'IX'],
		[5, 'V'],
		[4, 'IV'],
		[1, 'I'],
	];
	let out = '';
	for (const [v, s] of table) {
		while (n >= v) {
			out += s;
			n -= v;
		}
	}
	return out;
}
