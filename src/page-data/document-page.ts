/**
 * Everything a document page renders, from the library and targets models: the template shows
 * it, and the build's page cache keys it (src/build/page-key.ts), so one function decides both
 * what the page says and when it must be rendered again.
 */
import { citationFacts, type CitationFacts } from '../cite/citation.ts';
import type { GoneClause, Library } from '../library/types.ts';
import type { DocumentMeta } from '../schemas/document.ts';
import type { TargetsModel } from '../targets/targets-model.ts';
import type { Target } from '../targets/types.ts';
import { absoluteUrl, type Route } from '../utils/links.ts';
import { clauseView, type ClauseView } from './clause-view.ts';
import { documentDescription, documentJsonLd } from './head.ts';
import { tocEntries, type TocEntry } from './toc.ts';
import { validityPanel, type ValidityPanelView } from './validity.ts';
import { versionsPanel, type VersionsPanelView } from './versions.ts';

export interface DocumentPageData {
	route: Route;
	document: { slug: string; meta: DocumentMeta; filePath: string; versionLabel: string };
	description: string;
	jsonLd: Record<string, unknown>;
	toc: TocEntry[];
	clauses: ClauseView[];
	/** what the copy controls cite besides the clause: the issuer only where stated, the date only where known */
	cited: CitationFacts;
	validity: ValidityPanelView;
	versions: VersionsPanelView;
	/** clauses a revision took out, whose old anchors land here */
	gone: GoneClause[];
	/** the version-pinned link the copy controls cite beside the latest one; null where this version has no date */
	pinned: string | null;
	/** each clause's requirements, shown as 指标 chips (TargetsChips.astro reads them from the targets model) */
	targets: Record<string, Target[]>;
}

/** Every clause id a clause view shows, sub-clauses included. */
function shownIds(views: ClauseView[]): string[] {
	return views.flatMap((v) => [v.id, ...shownIds(v.rest.flatMap((b) => (b.kind === 'clause' ? [b.clause] : [])))]);
}

/** The page of the document `slug` (its latest version); `site` is the configured site address. */
export function documentPageData(library: Library, targets: TargetsModel, slug: string, site: URL | undefined): DocumentPageData {
	const document = library.documentsBySlug.get(slug)!;
	const route: Route = { page: 'document', slug };
	const clauses = document.clauseIds.map((id) => clauseView(library, id, site, route));
	return {
		route,
		document: { slug, meta: document.meta, filePath: document.filePath, versionLabel: document.version.label },
		description: documentDescription(document),
		jsonLd: documentJsonLd(document, library.clauses, site),
		toc: tocEntries(library.clauses, document.clauseIds),
		clauses,
		cited: citationFacts(document.meta, document.validity),
		validity: validityPanel(library, document, route),
		versions: versionsPanel(library, document, route),
		gone: library.goneClauses.get(slug) ?? [],
		pinned: document.version.key === null ? null : absoluteUrl({ page: 'version', slug, key: document.version.key }, site),
		targets: Object.fromEntries(shownIds(clauses).flatMap((id) => (targets.byClause.has(id) ? [[id, targets.byClause.get(id)!]] : []))),
	};
}
