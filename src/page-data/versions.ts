/**
 * What the pages show of a document's versions: the list of versions in the metadata panel (each
 * with its pinned link, and the comparisons between them), the note under a clause of the latest
 * version saying since which version its words stand, and an earlier version's own page, each
 * clause saying what became of it in the latest. Pure; templates render it.
 */
import { clauseLabel, clauseTitle, numberSeparator, roleLabel } from '../library/clause-label.ts';
import type { Clause, DocumentVersion, Library, LibraryDocument } from '../library/types.ts';
import { clauseWords } from '../library/stability.ts';
import { href, type Route } from '../utils/links.ts';
import { versionRoute } from './compare.ts';

/** One version in a document's list. */
export interface VersionLinkView {
	label: string;
	/** where it is read: the document page for the latest, its dated page for an earlier one */
	href: string;
	latest: boolean;
	/** true for the version the page shows */
	here: boolean;
}

/** The metadata panel's 版本 row. */
export interface VersionsPanelView {
	/** oldest first; one entry for a document without earlier versions */
	versions: VersionLinkView[];
	/** each version compared with the one before it */
	compare: { title: string; href: string }[];
	/** the version-pinned address of the version shown (relative), or null when its date is unknown */
	pinned: string | null;
	/** this version's label */
	label: string;
}

/** The 版本 row of a document page (`key` null: the latest) or of an earlier version's page. */
export function versionsPanel(library: Library, document: LibraryDocument, from: Route, key: string | null = null): VersionsPanelView {
	const versions = library.versions.get(document.slug);
	if (!versions) {
		const own = document.version;
		return {
			versions: [{ label: own.label, href: href(from, { page: 'document', slug: document.slug }), latest: true, here: true }],
			compare: [],
			pinned: own.key === null ? null : href(from, { page: 'version', slug: document.slug, key: own.key }),
			label: own.label,
		};
	}
	const shown = key === null ? versions.at(-1)! : versions.find((v) => v.key === key)!;
	return {
		versions: versions.map((v) => ({ label: v.label, href: href(from, versionRoute(document.slug, v)), latest: v.latest, here: v === shown })),
		compare: versions.slice(1).map((v, i) => ({
			title: `${versions[i]!.label} → ${v.label}`,
			href: href(from, { page: 'compare-versions', slug: document.slug, from: versions[i]!.key, to: v.key }),
		})),
		pinned: href(from, { page: 'version', slug: document.slug, key: shown.key }),
		label: shown.label,
	};
}

/** Under a clause of the latest version: since which version its words stand, and the comparison where they changed. */
export interface ClauseChangeView {
	text: string;
	/** the row of this clause on the compare page of the change, or null for a clause unchanged since the first version */
	href: string | null;
	kind: 'original' | 'changed' | 'added';
}

/** The change note of clause `id`, linked from the page `from`; null in a document without earlier versions. */
export function clauseChange(library: Library, id: string, from: Route): ClauseChangeView | null {
	const h = library.clauseHistory.get(id);
	if (!h) return null;
	if (h.kind === 'original' || h.previous === null) return { kind: 'original', text: `本条自${h.sinceLabel}以来未改`, href: null };
	const slug = library.clauses.get(id)!.documentSlug;
	return {
		kind: h.kind,
		text: h.kind === 'added' ? `本条为${h.sinceLabel}新增` : `本条于${h.sinceLabel}修改`,
		href: href(from, { page: 'compare-versions', slug, from: h.previous, to: h.since }, id),
	};
}

/** A clause of an earlier version as its page shows it. */
export interface VersionClauseView {
	id: string;
	depth: number;
	role: Clause['role'];
	number: string | null;
	title: string | null;
	roleLabel: string | null;
	/** 四、15 配齐配强各领域团干部 */
	label: string;
	/** what became of it in the latest version, and the comparison to see it */
	fate: { text: string; kind: 'same' | 'changed' | 'removed'; href: string | null };
	blocks: ({ kind: 'text'; text: string } | { kind: 'clause'; clause: VersionClauseView })[];
}

function versionClause(slug: string, version: DocumentVersion, latest: DocumentVersion, id: string, from: Route): VersionClauseView {
	const clause = version.clauses.get(id)!;
	const now = latest.clauses.get(id);
	const compare = href(from, { page: 'compare-versions', slug, from: version.key, to: latest.key }, id);
	const fate: VersionClauseView['fate'] =
		now === undefined
			? { kind: 'removed', text: `${latest.label}（现行）已删去本条`, href: compare }
			: clauseWords(now) === clauseWords(clause)
				? { kind: 'same', text: `${latest.label}（现行）中本条未改${clauseLabel(now) === clauseLabel(clause) ? '' : `，现为${clauseLabel(now)}`}`, href: null }
				: { kind: 'changed', text: `${latest.label}（现行）已修改本条`, href: compare };
	return {
		id,
		depth: clause.depth,
		role: clause.role,
		number: clause.n === null ? null : `${clause.n}${clause.title === null ? '' : numberSeparator(clause.n)}`,
		title: clause.title,
		roleLabel: roleLabel(clause.role),
		label: clauseLabel(clause) || clauseTitle(clause),
		fate,
		blocks: clause.blocks.map((b) => (b.kind === 'text' ? b : { kind: 'clause', clause: versionClause(slug, version, latest, b.id, from) })),
	};
}

/** An earlier version's page. */
export interface VersionPageView {
	title: string;
	label: string;
	latest: { label: string; href: string };
	clauses: VersionClauseView[];
}

/** The page of version `key` of the document `slug` (an earlier one). */
export function versionPage(library: Library, slug: string, key: string, from: Route): VersionPageView {
	const versions = library.versions.get(slug)!;
	const version = versions.find((v) => v.key === key)!;
	const latest = versions.at(-1)!;
	return {
		title: version.meta.title,
		label: version.label,
		latest: { label: latest.label, href: href(from, { page: 'document', slug }) },
		clauses: version.clauseIds.map((id) => versionClause(slug, version, latest, id, from)),
	};
}

/** Every earlier version, for its page: documents/<slug>/<key>.html. */
export function earlierVersions(library: Library): { slug: string; key: string }[] {
	return [...library.versions].flatMap(([slug, versions]) => versions.filter((v) => !v.latest).map((v) => ({ slug, key: v.key })));
}
