/**
 * The numbering grammar of Chinese official documents, as GB/T 9704 and common practice print
 * it: 第X编/部分/章/节/条 for rules and long plans, then 一、 （一） 1. （1） ① for the levels of a text, 01–99 for
 * lists of measures, and the run-in lists 一是/二是, 一要/二要 and 第一，/第二， that speeches and
 * reports write inside their paragraphs. Full-width digits (１．) read as half-width ones. The
 * importer's outline and any later check of numbering read numbers here, so both agree on what a
 * number is and which level it stands for.
 */

/** A numbering scheme. */
export type MarkerKind =
	| 'bian'
	| 'bufen'
	| 'zhang'
	| 'jie'
	| 'tiao'
	| 'han-dun'
	| 'han-paren'
	| 'arabic-dot'
	| 'measure'
	| 'arabic-paren'
	| 'arabic-close'
	| 'circled'
	| 'han-shi'
	| 'han-yao'
	| 'di-han';

/**
 * How a scheme behaves. `rank` is its level in the standard hierarchy (smaller is higher); null
 * for run-in lists, which nest under whatever holds them. `title` says where a clause's title
 * is: the rest of a heading line, or (`lead`) the first sentence when it ends in 。, or none.
 */
export interface KindRule {
	rank: number | null;
	title: 'heading' | 'heading-or-lead' | 'lead' | 'none';
	/** may start inside a line, after sentence punctuation (一是 after 。 or ；) */
	inline: boolean;
}

/** Every scheme's rule. */
export const kindRules: Record<MarkerKind, KindRule> = {
	bian: { rank: 0, title: 'heading', inline: false },
	bufen: { rank: 0.5, title: 'heading', inline: false },
	zhang: { rank: 1, title: 'heading', inline: false },
	jie: { rank: 2, title: 'heading', inline: false },
	tiao: { rank: 3, title: 'none', inline: false },
	'han-dun': { rank: 4, title: 'heading-or-lead', inline: true },
	'han-paren': { rank: 5, title: 'heading-or-lead', inline: true },
	'arabic-dot': { rank: 6, title: 'heading-or-lead', inline: true },
	measure: { rank: 6, title: 'heading', inline: false },
	'arabic-paren': { rank: 7, title: 'heading-or-lead', inline: true },
	'arabic-close': { rank: 7, title: 'heading-or-lead', inline: true },
	circled: { rank: 8, title: 'heading-or-lead', inline: true },
	'han-shi': { rank: null, title: 'lead', inline: true },
	'han-yao': { rank: null, title: 'lead', inline: true },
	'di-han': { rank: null, title: 'none', inline: true },
};

/** A number found at the start of a text. */
export interface Marker {
	kind: MarkerKind;
	/** the number as printed, without the space after it: 一、 （二） 1. 01 一是 第三条 第一, */
	printed: string;
	/** the whitespace printed between the number and what follows */
	gap: string;
	/** its value: 三 → 3, １ → 1, ③ → 3 */
	ordinal: number;
	/** what follows the number and the gap */
	rest: string;
}

const HAN_DIGITS = '〇零一二三四五六七八九';
const HAN = '[一二三四五六七八九十]+';
const HAN_BIG = '[一二三四五六七八九十百零〇两]+';
const DIGITS = '[0-9０-９]{1,3}';

// Order matters: 第X条 before 第X，, （1） before （一） is irrelevant, 01 before 1. .
const patterns: [MarkerKind, RegExp][] = [
	['bian', new RegExp(`^第(${HAN_BIG}|${DIGITS})编`)],
	['bufen', new RegExp(`^第(${HAN_BIG}|${DIGITS})部分`)],
	['zhang', new RegExp(`^第(${HAN_BIG}|${DIGITS})章`)],
	['jie', new RegExp(`^第(${HAN_BIG}|${DIGITS})节`)],
	['tiao', new RegExp(`^第(${HAN_BIG}|${DIGITS})条`)],
	['di-han', new RegExp(`^第(${HAN})[，,]`)],
	['han-dun', new RegExp(`^(${HAN})、`)],
	['han-paren', new RegExp(`^[（(](${HAN})[）)]`)],
	['arabic-paren', new RegExp(`^[（(](${DIGITS})[）)]`)],
	['measure', /^([0-9]{2})(?=[ \u3000\t]+\S)/],
	['arabic-dot', new RegExp(`^(${DIGITS})(?:[.．](?![0-9０-９])|、)`)],
	['arabic-close', new RegExp(`^(${DIGITS})[)）]`)],
	['circled', /^([①-⑳㉑-㉟])/],
	['han-shi', new RegExp(`^(${HAN})是(?![否非])`)],
	['han-yao', new RegExp(`^(${HAN})要(?=\\S)`)],
];

/** The value of a Chinese numeral up to 999 (一 二十 一百零五), of digits (full-width too), or of ①. */
export function numeralValue(text: string): number {
	const folded = text.normalize('NFKC');
	if (/^\d+$/.test(folded)) return Number(folded);
	const circled = text.codePointAt(0)!;
	if (circled >= 0x2460 && circled <= 0x2473) return circled - 0x245f;
	if (circled >= 0x3251 && circled <= 0x325f) return circled - 0x3251 + 21;
	let total = 0;
	let digit = 0;
	for (const ch of text.replace(/两/g, '二')) {
		const d = HAN_DIGITS.indexOf(ch);
		if (d >= 0) digit = d <= 1 ? 0 : d - 1;
		else if (ch === '十') {
			total += (digit || 1) * 10;
			digit = 0;
		} else if (ch === '百') {
			total += (digit || 1) * 100;
			digit = 0;
		}
	}
	return total + digit;
}

/** The number at the start of `text`, if it begins with one of the grammar's schemes. */
export function matchMarker(text: string): Marker | null {
	for (const [kind, re] of patterns) {
		const m = re.exec(text);
		if (!m) continue;
		const after = text.slice(m[0].length);
		const gap = /^[\s\u3000]*/.exec(after)![0];
		const rest = after.slice(gap.length);
		// A measure number is a heading: 01 followed by a title, never 10 个 in running text.
		if (kind === 'measure' && /[。；;！？!?，,]/.test(rest)) continue;
		return { kind, printed: m[0], gap, ordinal: numeralValue(m[1]!), rest };
	}
	return null;
}

/** The printed form of the number that comes `offset` places after `marker` in its scheme (for messages). */
export function nextPrinted(marker: Pick<Marker, 'kind' | 'printed' | 'ordinal'>, offset: number): string {
	const value = marker.ordinal + offset;
	const digits = /[0-9０-９]+/.exec(marker.printed);
	if (digits) {
		const fullWidth = /[０-９]/.test(digits[0]);
		let text = String(value).padStart(digits[0].length, '0');
		if (fullWidth) text = text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
		return marker.printed.replace(digits[0], text);
	}
	if (marker.kind === 'circled') return String.fromCodePoint(value <= 20 ? 0x245f + value : 0x3251 + value - 21);
	const han = /[一二三四五六七八九十百零〇两]+/.exec(marker.printed);
	return han ? marker.printed.replace(han[0], hanNumeral(value)) : marker.printed;
}

/** Writes 1–999 as a Chinese numeral: 3 → 三, 12 → 十二, 21 → 二十一, 105 → 一百零五. */
export function hanNumeral(value: number): string {
	const d = '零一二三四五六七八九';
	if (value < 10) return d[value]!;
	if (value < 20) return `十${value % 10 ? d[value % 10]! : ''}`;
	if (value < 100) return `${d[Math.floor(value / 10)]!}十${value % 10 ? d[value % 10]! : ''}`;
	const rest = value % 100;
	return `${d[Math.floor(value / 100)]!}百${rest === 0 ? '' : rest < 10 ? `零${d[rest]!}` : hanNumeral(rest).replace(/^十/, '一十')}`;
}

/** Sentence-ending punctuation: a line ending in one of these ends its paragraph. */
export const TERMINAL = /[。！？；;!?：:…]["”’」』)）]*$/u;

/** Punctuation after which a run-in number may start inside a line. */
export const INLINE_BEFORE = /[。；;，,：:！？!?]$/;

/** An attachment's heading line, standing alone: 附件 附件1 附件２ 附件一 (with or without a colon). */
export const ATTACHMENT_HEADER = /^附\s*件\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?$/;

/** 发文字号 as printed: an issuer's code, the year in 〔〕 (or [] 【】 ()), and the number: 中青发〔2025〕7号. */
export const DOC_NUMBER = /[\p{Script=Han}A-Za-z]{1,20}\s*[〔[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*第?\s*\d{1,4}\s*号/u;

/** A date as printed in a 落款 or under a title: 2025年3月7日, 二〇二五年三月七日; the day may be missing. */
export const PRINTED_DATE =
	/^[（(]?\s*(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?\s*[）)]?$/;

/** A text's characters (code points, so a character outside the BMP counts once). */
export function chars(text: string): string[] {
	return Array.from(text);
}
