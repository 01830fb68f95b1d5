/**
 * Numbers as the policy texts write them: Arabic digits (half- or full-width, with decimals) and
 * Chinese numerals (三, 两, 十五, 二十, 一百二十, 半). One reader for the extraction and the
 * editors' corrections, so a number means the same wherever it is read.
 */

/** Chinese numeral characters that can start or continue a number (万 is read as part of a unit: 2万元). */
export const CHINESE_DIGITS = '零〇一二两三四五六七八九十百千';

/** A number as written: Arabic (90, 16.5, ９０) or Chinese (三, 十五, 两). */
export const NUMBER_SOURCE = `(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[${CHINESE_DIGITS}]+|半)`;

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIER: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** True for numbers written in Chinese characters. */
export function isChineseNumber(text: string): boolean {
	return text === '半' || new RegExp(`^[${CHINESE_DIGITS}]+$`).test(text);
}

/** The value of a number as written, or null when the characters do not form one. */
export function parseNumber(text: string): number | null {
	if (text === '半') return 0.5;
	const ascii = text.normalize('NFKC').replace('．', '.');
	if (/^\d+(?:\.\d+)?$/.test(ascii)) return Number(ascii);
	if (!isChineseNumber(text)) return null;
	// Digit by digit (二〇二三): a year or a code, read as its digits.
	if (!/[十百千]/.test(text)) return Number(Array.from(text, (c) => DIGIT[c]!).join(''));
	let total = 0;
	let digit: number | null = null;
	for (const c of text) {
		if (c in DIGIT) {
			// 一百零五: a zero only holds a place.
			if (DIGIT[c] === 0) continue;
			if (digit !== null) return null;
			digit = DIGIT[c]!;
		} else {
			// 十五: a multiplier with no digit before it counts one.
			total += (digit ?? 1) * MULTIPLIER[c]!;
			digit = null;
		}
	}
	return total + (digit ?? 0);
}
