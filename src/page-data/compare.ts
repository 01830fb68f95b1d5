/**
 * What a compare page shows: the two documents (with their validity badges) or two versions of one, a one-line summary
 * of the changes, and a row per clause with its kind in words, its labels old and new, and its
 * text as shared, added and removed runs. Pure; src/components/ComparePage.astro renders it.
 */
import type { DiffPart } from '../compare/char-diff.ts';
import type { Comparison, CompareRow } from '../compare/compare-documents.ts';
import type { DocumentVersion, Library } from '../library/types.ts';
import { href, type Route } from '../utils/links.ts';
import { validityBadge, type ValidityBadgeView } from './validity.ts';

/** The words for each kind of row. */
export const rowKindLabels: Record<CompareRow['kind'], string> = {
	same: '未变',
	changed: '修改',
	moved: '移动',
	'moved-changed': '移动并修改',
	added: '新增',
	removed: '删除',
};

/** One row as the page shows it. */
export interface CompareRowView {
	kind: CompareRow['kind'];
	kindLabel: string;
	/** the clause's id, as the row's anchor: the new side's, or the removed clause's */
	anchor: string;
	afterLabel: string | null;
	afterHref: string | null;
	/** the old label of a removed clause, or of a kept one whose number changed */
	beforeLabel: string | null;
	parts: DiffPart[];
}

/** One side of a comparison: a document or a version, with its link and (for documents) its validity badge. */
export interface CompareSide {
	title: string;
	href: string;
	badge: ValidityBadgeView | null;
}

/** The compare page's data. */
export interface CompareView {
	before: CompareSide;
	after: CompareSide;
	summary: string;
	rows: CompareRowView[];
}

function parts(row: CompareRow): DiffPart[] {
	if (row.kind === 'changed' || row.kind === 'moved-changed') return row.diff;
	if (row.kind === 'added') return [{ kind: 'added', text: row.after.text }];
	if (row.kind === 'removed') return [{ kind: 'removed', text: row.before.text }];
	return [{ kind: 'same', text: row.after.text }];
}

/** The compare page of `comparison` between `sides`; `afterHref` links a clause of the newer side. */
export function compareView(
	comparison: Pick<Comparison, 'rows' | 'counts'>,
	sides: { before: CompareSide; after: CompareSide },
	afterHref: (id: string) => string,
): CompareView {
	const { counts } = comparison;
	return {
		...sides,
		summary: `修改 ${counts.changed} 条，移动 ${counts.moved} 条，新增 ${counts.added} 条，删除 ${counts.removed} 条，未变 ${counts.same} 条。`,
		rows: comparison.rows.map((row) => ({
			kind: row.kind,
			kindLabel: rowKindLabels[row.kind],
			anchor: 'after' in row ? row.after.id : row.before.id,
			afterLabel: 'after' in row ? row.after.label : null,
			afterHref: 'after' in row ? afterHref(row.after.id) : null,
			// The old number only where it differs: 原三、 beside 二、, nothing beside an unchanged 一、.
			beforeLabel: 'before' in row && !('after' in row && row.after.label === row.before.label) ? row.before.label : null,
			parts: parts(row),
		})),
	};
}

/** The sides of the comparison of two documents (a successor the editor declared), linked from the page `from`. */
export function documentSides(library: Library, pair: { from: string; to: string }, from: Route): { before: CompareSide; after: CompareSide } {
	const side = (slug: string): CompareSide => {
		const d = library.documentsBySlug.get(slug)!;
		return { title: `《${d.meta.title}》`, href: href(from, { page: 'document', slug }), badge: validityBadge(d) };
	};
	return { before: side(pair.from), after: side(pair.to) };
}

/** Where a version is read: the document page for the latest, else the version's own dated page. */
export function versionRoute(slug: string, version: Pick<DocumentVersion, 'key' | 'latest'>): Route {
	return version.latest ? { page: 'document', slug } : { page: 'version', slug, key: version.key };
}

/** The sides of the comparison of two versions of a document, linked from the page `from`. */
export function versionSides(pair: { slug: string; from: DocumentVersion; to: DocumentVersion }, from: Route): { before: CompareSide; after: CompareSide } {
	const side = (v: DocumentVersion): CompareSide => ({
		title: `《${v.meta.title}》${v.label}${v.latest ? '（现行版本）' : ''}`,
		href: href(from, versionRoute(pair.slug, v)),
		badge: null,
	});
	return { before: side(pair.from), after: side(pair.to) };
}
