/**
 * What the pages show of a document's validity: the badge (status, tone, reason), the metadata
 * panel's 时效性 row (effective and valid-until dates, 有效期 wording), the successor it points
 * to and the documents it replaced, as links relative to the page. Pure; templates render it.
 */
import type { Library, LibraryDocument } from '../library/types.ts';
import { readableDate, statusTone, type ShownStatus } from '../library/validity.ts';
import { href, type Route } from '../utils/links.ts';

/** A document named from another page: its title and the link to it. */
export interface DocumentLink {
	title: string;
	href: string;
}

/** A document's validity badge: the words, the tone its colour follows, and the reason as its tooltip. */
export interface ValidityBadgeView {
	status: ShownStatus;
	label: string;
	tone: 'valid' | 'warn' | 'void' | 'unknown';
	reason: string;
}

/** The metadata panel's 时效性 row. */
export interface ValidityPanelView extends ValidityBadgeView {
	/** 施行日期 as readers see it, where known */
	effective: string | null;
	/** 有效期至 as readers see it, where the document states it */
	validUntil: string | null;
	/** the 有效期 as the document words it */
	term: string | null;
	/** true when 期满失效 was worked out from the valid-until date, not recorded */
	computed: boolean;
	successor: DocumentLink | null;
	replaced: DocumentLink[];
	/** the clause-by-clause comparison with the successor, or with each replaced document */
	compare: DocumentLink[];
}

/** The badge of `document`. */
export function validityBadge(document: Pick<LibraryDocument, 'validity'>): ValidityBadgeView {
	const { status, label, reason } = document.validity;
	return { status, label, tone: statusTone[status], reason };
}

/** The 时效性 row of `document`'s metadata panel, with links relative to the page `from`. */
export function validityPanel(library: Library, document: LibraryDocument, from: Route): ValidityPanelView {
	const v = document.validity;
	const link = (slug: string): DocumentLink => ({ title: library.documentsBySlug.get(slug)!.meta.title, href: href(from, { page: 'document', slug }) });
	const successor = document.meta.validity.successor;
	return {
		...validityBadge(document),
		effective: v.effective === null ? null : readableDate(v.effective),
		validUntil: v.validUntil === null ? null : readableDate(v.validUntil),
		term: v.term,
		computed: v.computed,
		successor: successor === null ? null : link(successor),
		replaced: (library.replaced.get(document.slug) ?? []).map(link),
		compare: [
			...(successor === null ? [] : [{ from: document.slug, to: successor }]),
			...(library.replaced.get(document.slug) ?? []).map((old) => ({ from: old, to: document.slug })),
		].map((pair) => ({
			title: `与《${library.documentsBySlug.get(pair.from === document.slug ? pair.to : pair.from)!.meta.title}》逐条对照`,
			href: href(from, { page: 'compare', ...pair }),
		})),
	};
}
