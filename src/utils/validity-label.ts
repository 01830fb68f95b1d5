/**
 * How a validity status reads and looks, in one place for the pages, the search records and
 * the search page's script: the statuses readers can see (the code list of
 * src/schemas/validity.ts and the computed 期满失效), their badge words and tones. No Zod here,
 * so the browser bundle stays small (the citation text runs there too).
 */

/** The basis recorded when the source says nothing about the document's validity. */
export const UNSTATED_BASIS = '来源未载明';

/** Orders two date prefixes of any precision by what they share: 2025 and 2025-06 are equal. */
export function compareDatePrefixes(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	return a.slice(0, n).localeCompare(b.slice(0, n));
}

/** The statuses a reader can see, in the order the search filter offers them. */
export const shownStatuses = ['现行有效', '尚未生效', '已修改', '部分失效', '期满失效', '已废止', '失效', '不详'] as const;

/** A status as readers see it: a recorded one, or 期满失效 computed from the valid-until date. */
export type ShownStatus = (typeof shownStatuses)[number];

/** How a badge of each status looks: in force, a warning, out of force, or unknown. */
export const statusTone: Record<ShownStatus, 'valid' | 'warn' | 'void' | 'unknown'> = {
	现行有效: 'valid',
	尚未生效: 'warn',
	已修改: 'warn',
	部分失效: 'warn',
	期满失效: 'void',
	已废止: 'void',
	失效: 'void',
	不详: 'unknown',
};

/** A badge's words: the status, or 时效性不详 for 不详. */
export function statusLabel(status: ShownStatus): string {
	return status === '不详' ? '时效性不详' : status;
}

/** True when `value` is a status readers can see. */
export function isShownStatus(value: string): value is ShownStatus {
	return (shownStatuses as readonly string[]).includes(value);
}
