/**
 * What a page puts in its head: the title, description, canonical address, Open Graph and
 * JSON-LD. Pure, so the rules (which pages have a canonical address, what a document's
 * schema.org record states) have unit tests; src/layouts/Base.astro only renders the result.
 */
import { citationFacts } from '../cite/citation.ts';
import { ownHeading } from '../library/clause-label.ts';
import type { Clause, LibraryDocument } from '../library/types.ts';
import { formatIssuer, formatYear } from '../utils/format.ts';
import { absoluteUrl, href, type Route } from '../utils/links.ts';

/** The site's name: the home page's title, and the end of every other page's. */
export const SITE_NAME = '党建带团建政策条款库';

/** The description of a page that gives none. */
export const SITE_DESCRIPTION = '党建带团建政策条款库：逐条阅读、检索和引用共青团党建带团建政策文件。';

/** What a page says about itself. */
export interface PageInfo {
	title: string;
	route: Route;
	description?: string | undefined;
	/** schema.org data for the page */
	jsonLd?: Record<string, unknown> | undefined;
	/** Open Graph type: an article for a document, a website for the rest */
	ogType?: 'website' | 'article' | undefined;
}

/** A page's head, ready to render. */
export interface PageHead {
	/** the page's title, then the site's name */
	title: string;
	description: string;
	/** the page's full address; none for the 404 page, which a server sends at any address */
	canonical: string | undefined;
	/** Open Graph properties, in the order they are written */
	openGraph: { property: string; content: string }[];
	/** the JSON-LD serialized so that no text in it can close its script element */
	jsonLd: string | undefined;
	/** the Atom feeds the page offers (<link rel="alternate">), relative to the page */
	feeds: { href: string; title: string }[];
}

/** The head of a page at `site` (the configured site address). */
export function pageHead(page: PageInfo, site: URL | undefined): PageHead {
	const description = page.description ?? SITE_DESCRIPTION;
	const canonical = page.route.page === 'not-found' ? undefined : absoluteUrl(page.route, site);
	const openGraph = [
		{ property: 'og:type', content: page.ogType ?? 'website' },
		{ property: 'og:site_name', content: SITE_NAME },
		{ property: 'og:locale', content: 'zh_CN' },
		{ property: 'og:title', content: page.title },
		{ property: 'og:description', content: description },
		...(canonical ? [{ property: 'og:url', content: canonical }] : []),
	];
	return {
		title: page.title === SITE_NAME ? SITE_NAME : `${page.title} · ${SITE_NAME}`,
		description,
		canonical,
		openGraph,
		jsonLd: page.jsonLd && JSON.stringify(page.jsonLd).replace(/</g, '\\u003c'),
		feeds: pageFeeds(page.route),
	};
}

/** The feeds a page offers: the library's on the home page, a topic's and the library's on a topic page. */
export function pageFeeds(route: Route): { href: string; title: string }[] {
	const library = { href: href(route, { page: 'feed' }), title: `${SITE_NAME}：新收录和有改动的文件` };
	if (route.page === 'home') return [library];
	if (route.page === 'topic') return [{ href: href(route, { page: 'topic-feed', slug: route.slug }), title: '本专题的新文件' }, library];
	return [];
}

/** A document page's description: its 文种, issuer and year, each saying when it is unknown. */
export function documentDescription(document: LibraryDocument): string {
	const { meta } = document;
	return `${meta.genre} · ${formatIssuer(meta.issuer)} · ${formatYear(meta.date)}`;
}

/**
 * A document as schema.org Legislation, with its top-level clauses as parts. It states only what
 * the source gives: the issuer when the source states it, the date when known to the day.
 */
export function documentJsonLd(document: LibraryDocument, clauses: ReadonlyMap<string, Clause>, site: URL | undefined): Record<string, unknown> {
	const { meta } = document;
	const url = absoluteUrl({ page: 'document', slug: document.slug }, site);
	const stated = citationFacts(meta, document.validity).issuer;
	return {
		'@context': 'https://schema.org',
		'@type': 'Legislation',
		name: meta.title,
		inLanguage: 'zh-CN',
		url,
		legislationType: meta.genre,
		...(meta.docNumber ? { legislationIdentifier: meta.docNumber } : {}),
		...(stated ? { legislationPassedBy: { '@type': 'Organization', name: stated } } : {}),
		...(meta.region ? { legislationJurisdiction: meta.region } : {}),
		...(meta.date.value && meta.date.precision === 'day' ? { legislationDate: meta.date.value } : {}),
		...(meta.source.url ? { isBasedOn: meta.source.url } : {}),
		hasPart: document.clauseIds.map((id) => {
			const clause = clauses.get(id)!;
			return { '@type': 'Legislation', name: ownHeading(clause), url: `${url}#${id}` };
		}),
	};
}
