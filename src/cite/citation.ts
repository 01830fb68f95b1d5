/**
 * Citation text for a clause, as Chinese cadres cite: 《document title》, the clause's number
 * path as printed and its title, the issuer and date where known, a warning when the document is
 * not known to be in force (〔已废止〕, 〔时效性不详：来源未载明〕), then the permalink, which
 * follows the clause into later versions, and the version-pinned link, which keeps the words
 * cited. Pure:
 * the build writes what the page needs, and the copy controls run the same function.
 */
import { clauseHeading } from '../library/clause-label.ts';
import { citationValidityNote, type ShownValidity } from '../library/validity.ts';
import type { DocumentMeta } from '../schemas/document.ts';
import { formatDate } from '../utils/format.ts';

/** What a citation needs to know of a clause and its document. */
export interface CitationSource {
	documentTitle: string;
	/** number path as printed, e.g. 四、15 or 三、（二） */
	number: string;
	/** the clause title, or 引言/结语, or '' */
	title: string;
	/** issuer when the source states it; inferred or unknown issuers are not cited */
	issuer: string | null;
	/** the date as readers see it (2015年7月, 约2024年1月15日), or null when unknown */
	date: string | null;
	/** the validity note when the document is not 现行有效 or its status is unknown (validity.ts), else null */
	validity: string | null;
	/** the clause's short permalink, a full URL: it follows the clause into later versions */
	url: string;
	/** the clause in the version cited (2023年9月1日版), at the version-pinned URL that keeps these words; absent when the version's date is unknown */
	pinned?: { label: string; url: string } | null;
}

/** What a citation states of a clause's document. */
export type CitationFacts = Pick<CitationSource, 'issuer' | 'date' | 'validity'>;

/**
 * The issuer only where the source states it (not inferred, not unknown), the date only where
 * known, and the validity note unless the document is 现行有效.
 */
export function citationFacts(meta: Pick<DocumentMeta, 'issuer' | 'date'>, validity: ShownValidity): CitationFacts {
	return {
		issuer: meta.issuer.basis === 'stated' ? meta.issuer.name : null,
		date: meta.date.value === null ? null : formatDate(meta.date),
		validity: citationValidityNote(validity),
	};
}

function facts(c: CitationSource): string {
	const known = [c.issuer, c.date].filter((x): x is string => x !== null && x.length > 0);
	return `${known.length > 0 ? `（${known.join('，')}）` : ''}${c.validity ?? ''}`;
}

/** Plain text: 《title》四、15 配齐配强各领域团干部（issuer，date）。url（2023年9月1日版：pinned url） */
export function plainCitation(c: CitationSource): string {
	const pinned = c.pinned ? `（${c.pinned.label}：${c.pinned.url}）` : '';
	return `《${c.documentTitle}》${clauseHeading(c.number, c.title)}${facts(c)}。${c.url}${pinned}`;
}

/** Markdown: 《title》[四、15 配齐配强各领域团干部](url)（issuer，date）（[2023年9月1日版](pinned url)） */
export function markdownCitation(c: CitationSource): string {
	const heading = clauseHeading(c.number, c.title) || '全文';
	const escaped = heading.replace(/([\\[\]])/g, '\\$1');
	const pinned = c.pinned ? `（[${c.pinned.label}](${c.pinned.url})）` : '';
	return `《${c.documentTitle}》[${escaped}](${c.url})${facts(c)}${pinned}`;
}

/** A link to a clause that marks a phrase inside it (see 3个月内配齐). */
export function phraseLink(url: string, phrase: string): string {
	const trimmed = phrase.replace(/\s+/g, ' ').trim().slice(0, 80);
	if (!trimmed) return url;
	const u = new URL(url);
	u.searchParams.set('hl', trimmed);
	return u.href;
}
