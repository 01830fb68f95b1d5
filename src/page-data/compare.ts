/**
 * What the compare page shows: the two documents with their validity badges, a one-line summary
 * of the changes, and a row per clause with its kind in words, its labels old and new, and its
 * text as shared, added and removed runs. Pure; src/pages/compare/[pair].astro renders it.
 */
import type { DiffPart } from '../compare/char-diff.ts';
import type { Comparison, CompareRow } from '../compare/compare-documents.ts';
import type { Library } from '../library/types.ts';
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
	afterLabel: string | null;
	afterHref: string | null;
	/** the old label of a removed clause, or of a kept one whose number changed */
	beforeLabel: string | null;
	parts: DiffPart[];
}

/** The compare page's data. */
export interface CompareView {
	before: { title: string; href: string; badge: ValidityBadgeView };
	after: { title: string; href: string; badge: ValidityBadgeView };
	summary: string;
	rows: CompareRowView[];
}

function parts(row: CompareRow): DiffPart[] {
	if (row.kind === 'changed' || row.kind === 'moved-changed') return row.diff;
	if (row.kind === 'added') return [{ kind: 'added', text: row.after.text }];
	if (row.kind === 'removed') return [{ kind: 'removed', text: row.before.text }];
	return [{ kind: 'same', text: row.after.text }];
}

/** The compare page of `comparison`, its links relative to the page `from`. */
export function compareView(library: Library, comparison: Comparison, from: Route): CompareView {
	const side = (slug: string) => {
		const d = library.documentsBySlug.get(slug)!;
		return { title: d.meta.title, href: href(from, { page: 'document', slug }), badge: validityBadge(d) };
	};
	const { counts } = comparison;
	return {
		before: side(comparison.from),
		after: side(comparison.to),
		summary: `修改 ${counts.changed} 条，移动 ${counts.moved} 条，新增 ${counts.added} 条，删除 ${counts.removed} 条，未变 ${counts.same} 条。`,
		rows: comparison.rows.map((row) => ({
			kind: row.kind,
			kindLabel: rowKindLabels[row.kind],
			afterLabel: 'after' in row ? row.after.label : null,
			afterHref: 'after' in row ? href(from, { page: 'document', slug: comparison.to }, row.after.id) : null,
			// The old number only where it differs: 原三、 beside 二、, nothing beside an unchanged 一、.
			beforeLabel: 'before' in row && !('after' in row && row.after.label === row.before.label) ? row.before.label : null,
			parts: parts(row),
		})),
	};
}
