import type { DocumentMeta } from '../schemas/document.ts';
import type { Clause } from '../library/types.ts';

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

/** Separator printed between a clause number and its title: a space after 01 or 1, none after 、 or 是. */
export function numberSeparator(n: string): string {
	return /[0-9A-Za-z]$/.test(n) ? ' ' : '';
}

/** What readers call an unnumbered opening or closing clause: 引言 or 结语. */
export function roleLabel(role: Clause['role']): string | null {
	return role === 'preamble' ? '引言' : role === 'closing' ? '结语' : null;
}

/** A clause's label for lists and links: its number path and title, or 引言/结语. */
export function clauseLabel(clause: Clause): string {
	const number = clause.numberPath.join('');
	const title = clause.title ?? roleLabel(clause.role) ?? '';
	return number || title ? `${number}${number && title ? numberSeparator(number) : ''}${title}` : clause.text.slice(0, 24);
}
