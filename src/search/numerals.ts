/**
 * A count written in Chinese numerals or in digits means the same: a cadre types 一次 or 两年,
 * a policy prints 1次 or 2年 (and the reverse). A word made of a number and a measure word is
 * searched in both forms. Only whole small numbers (up to 99) with a measure word after them are
 * read, so names such as 三会一课 or 一把手 are left alone.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const VALUE: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MEASURES = '次|年|个月|月|周|天|日|小时|名|人|人次|个|项|条|场|家|所|期|批|届|级|岁|周岁|位|类|学期|季度|万元|元';
const CHINESE = new RegExp(`^([零〇一二两三四五六七八九十]{1,3})(${MEASURES})$`, 'u');
const ARABIC = new RegExp(`^(\\d{1,2})(${MEASURES})$`, 'u');

/** The value of a Chinese numeral up to 99 (一, 十二, 二十, 九十九), or null. */
export function chineseNumberValue(text: string): number | null {
	if (/^[零〇一二两三四五六七八九]$/u.test(text)) return VALUE[text]!;
	const m = /^([一二两三四五六七八九]?)十([一二三四五六七八九]?)$/u.exec(text);
	if (!m) return null;
	return (m[1] ? VALUE[m[1]]! : 1) * 10 + (m[2] ? VALUE[m[2]]! : 0);
}

/** A number up to 99 in Chinese numerals, as policies print it: 1 → 一, 12 → 十二, 20 → 二十. */
export function chineseNumeral(value: number): string {
	if (value < 10) return DIGITS[value]!;
	const tens = Math.floor(value / 10);
	return `${tens === 1 ? '' : DIGITS[tens]!}十${value % 10 === 0 ? '' : DIGITS[value % 10]!}`;
}

/** The other ways of writing a counted word: 一次 → 1次, 两年 → 2年, 3个月 → 三个月; none for other words. */
export function numberWordings(word: string): string[] {
	const chinese = CHINESE.exec(word);
	if (chinese) {
		const value = chineseNumberValue(chinese[1]!);
		return value === null ? [] : [`${value}${chinese[2]!}`];
	}
	const arabic = ARABIC.exec(word);
	if (arabic) {
		const value = Number(arabic[1]);
		const out = [`${chineseNumeral(value)}${arabic[2]!}`];
		if (value === 2) out.push(`两${arabic[2]!}`);
		return out;
	}
	return [];
}
