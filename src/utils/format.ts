/**
 * How a document's facts read for readers: dates, issuer, level, saying plainly where the
 * source does not give them. The clause's own number and title are clause-label.ts's.
 */
import type { DocumentMeta } from '../schemas/document.ts';

/** The date as a reader should see it, saying plainly when it is approximate or unknown. */
export function formatDate(date: DocumentMeta['date']): string {
	if (date.value === null) return '日期不详';
	const [y, m, d] = date.value.split('-');
	const text = `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
	return date.precision === 'approximate' ? `约${text}` : text;
}

/** Short date for lists: the year, marked 约 when approximate, or 不详. */
export function formatYear(date: DocumentMeta['date']): string {
	if (date.value === null) return '年份不详';
	return `${date.precision === 'approximate' ? '约' : ''}${date.value.slice(0, 4)}年`;
}

/** The issuer as shown, with 推断 or 不详 where the source does not state it. */
export function formatIssuer(issuer: DocumentMeta['issuer']): string {
	if (issuer.name === null) return '发文单位不详';
	return issuer.basis === 'inferred' ? `${issuer.name}（据文意推断）` : issuer.name;
}

/** The word readers see for a fact the source does not give. */
export const UNKNOWN = '不详';

/** The issuer's level as readers see it, or null when the source does not give it (未知). */
export function knownLevel(level: DocumentMeta['level']): string | null {
	return level === '未知' ? null : level;
}

/** The level for lists and the search filter: 不详 when unknown. */
export function formatLevel(level: DocumentMeta['level']): string {
	return knownLevel(level) ?? UNKNOWN;
}
