/**
 * What readers see of a document's validity: the editor's status, or 期满失效 when the 有效期 the
 * document states has run out by the build date (never guessed otherwise), with its label, the
 * reason, and the successor and the documents it replaced. Pure: pages, search records and
 * citations compute it from the recorded field and the build date (src/config/build-env.ts).
 */
import type { DocumentMeta } from '../schemas/document.ts';
import type { Validity, ValidityStatus } from '../schemas/validity.ts';
import { compareDatePrefixes, statusLabel, UNSTATED_BASIS, type ShownStatus } from '../utils/validity-label.ts';

export { shownStatuses, statusTone, type ShownStatus } from '../utils/validity-label.ts';

/** What readers see of a document's validity on a given build date. */
export interface ShownValidity {
	status: ShownStatus;
	/** the badge's words: the status, or 时效性不详 */
	label: string;
	/** why: the recorded basis, or the valid-until date that has passed */
	reason: string;
	/** the date it took effect, where known */
	effective: string | null;
	/** the last day it is valid, where the document states one */
	validUntil: string | null;
	/** the 有效期 as the document words it */
	term: string | null;
	/** true when the status was not recorded but worked out from the valid-until date */
	computed: boolean;
}

/** A date prefix as readers see it: 2025年12月31日, 2025年6月, 2025年. */
export function readableDate(value: string): string {
	const [y, m, d] = value.split('-');
	return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** True when `validUntil` is over by `buildDate` (YYYY-MM-DD): a year or month lasts to its end. */
export function hasLapsed(validUntil: string, buildDate: string): boolean {
	return compareDatePrefixes(buildDate, validUntil) > 0;
}

// A document already out of force, or revised, keeps the status the editor recorded.
const lapsable: ReadonlySet<ValidityStatus> = new Set(['现行有效', '尚未生效', '部分失效', '不详']);

/** The validity readers see on `buildDate`: 期满失效 when the stated valid-until date has passed, else the recorded status. */
export function shownValidity(validity: Validity, buildDate: string): ShownValidity {
	const { effective, validUntil, term } = validity;
	if (validUntil !== null && lapsable.has(validity.status) && hasLapsed(validUntil, buildDate)) {
		return { status: '期满失效', label: '期满失效', reason: `有效期至${readableDate(validUntil)}，已届满`, effective, validUntil, term, computed: true };
	}
	return { status: validity.status, label: statusLabel(validity.status), reason: validity.basis, effective, validUntil, term, computed: false };
}

/** True when a citation must say the document's validity: it is not 现行有效, or not known to be. */
export function citationMustWarn(shown: ShownValidity): boolean {
	return shown.status !== '现行有效';
}

/** What a citation adds after the facts: 〔已废止〕, 〔期满失效，有效期至2020年12月31日〕, 〔时效性不详：来源未载明〕; null when 现行有效. */
export function citationValidityNote(shown: ShownValidity): string | null {
	if (!citationMustWarn(shown)) return null;
	if (shown.status === '期满失效') return `〔期满失效，有效期至${readableDate(shown.validUntil!)}〕`;
	if (shown.status === '不详') return shown.reason === UNSTATED_BASIS ? `〔时效性不详：${UNSTATED_BASIS}〕` : '〔时效性不详〕';
	return `〔${shown.status}〕`;
}

/** The slugs of the documents each document replaced: the reverse of `validity.successor`. */
export function replacedBy(documents: readonly { slug: string; meta: Pick<DocumentMeta, 'validity'> }[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const d of documents) {
		const next = d.meta.validity.successor;
		if (next !== null) out.set(next, [...(out.get(next) ?? []), d.slug]);
	}
	return out;
}
