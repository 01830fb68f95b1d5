/**
 * How a clause's number and title read together, written once for every place that shows or
 * cites a clause: its heading on the document page, the table of contents, lists and links, the
 * search index, citations and the course pack. The source's own separator is kept: a space after
 * an Arabic number or a letter (01 配齐), none after 、 or 是 (四、配齐, 一是加强). Pure, with no
 * import beyond types: the copy controls and the course pack run it in the browser.
 */
import type { Clause } from './types.ts';

/** Separator printed between a clause number and its title: a space after 01 or 1, none after 、 or 是. */
export function numberSeparator(n: string): string {
	return /[0-9A-Za-z]$/.test(n) ? ' ' : '';
}

/** 四、15 配齐配强各领域团干部: a number and a title with the source's separator; either may be ''. */
export function clauseHeading(number: string, title: string): string {
	if (!number) return title;
	if (!title) return number;
	return `${number}${numberSeparator(number)}${title}`;
}

/** What readers call an unnumbered opening or closing clause: 引言 or 结语. */
export function roleLabel(role: Clause['role']): string | null {
	return role === 'preamble' ? '引言' : role === 'closing' ? '结语' : null;
}

/** The title a clause is shown and cited by: its own, or 引言/结语, or ''. */
export function clauseTitle(clause: Pick<Clause, 'title' | 'role'>): string {
	return clause.title ?? roleLabel(clause.role) ?? '';
}

/** A clause's heading within its document (table of contents): its own number and title. */
export function ownHeading(clause: Pick<Clause, 'n' | 'title' | 'role'>): string {
	return clauseHeading(clause.n ?? '', clauseTitle(clause));
}

/** A clause's label for lists and links: its number path and title, or 引言/结语, or the start of its text. */
export function clauseLabel(clause: Pick<Clause, 'numberPath' | 'title' | 'role' | 'text'>): string {
	return clauseHeading(clause.numberPath.join(''), clauseTitle(clause)) || clause.text.slice(0, 24);
}
