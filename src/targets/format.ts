/**
 * How a target reads to a cadre: the requirement in words (至少 1次, 3个月以内, 至多 28周岁), the
 * bound's name, the period's explanation, and the sentence cut around its marked number. One
 * home for these words, shared by the table, the CSV and the clause chip.
 */
import type { Bound, Target } from './types.ts';

/** The bound in Chinese, for the CSV column and filters. */
export const boundNames: Record<Bound, string> = { 'at-least': '不少于', 'at-most': '不超过', exactly: '等于', within: '以内', range: '区间' };

/** What the non-obvious periods mean, for the page's legend. */
export const periodNotes: Record<string, string> = { 长期: '长期有效，无固定周期', 一次性: '做一次即可', 年内: '当年之内' };

/** The requirement as a cadre reads it: the bound and the number as printed (至少 1次; 3个月以内; 两年). */
export function requirementText(target: Pick<Target, 'bound' | 'quantity'>): string {
	const phrase = target.quantity.phrase;
	switch (target.bound) {
		case 'at-least':
			return `至少 ${phrase}`;
		case 'at-most':
			return `至多 ${phrase}`;
		case 'within':
			return `${phrase}以内`;
		case 'range':
		case 'exactly':
		case null:
			return phrase;
	}
}

/** The sentence in three parts, so the page can mark the number: before, the number, after. */
export function sentenceParts(target: Pick<Target, 'sentence' | 'mark'>): { before: string; marked: string; after: string } {
	const { sentence, mark } = target;
	return { before: sentence.slice(0, mark.start), marked: sentence.slice(mark.start, mark.end), after: sentence.slice(mark.end) };
}

/** The label of a clause's 指标 chip: 指标 with the requirement (指标 至少 1次). */
export function chipText(target: Target): string {
	return `指标 ${requirementText(target)}`;
}

/** A number for the CSV: plain digits, empty when the words give none. */
export function csvNumber(value: number | null): string {
	return value === null ? '' : String(value);
}
