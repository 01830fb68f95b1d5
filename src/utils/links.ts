/**
 * Every page of the site, by the file it is built to. Pages are files (`documents/x.html`), not
 * folders, and links between them are relative, so the same build reads from any server
 * sub-path and from disk.
 */
export type Route =
	| { page: 'home' }
	| { page: 'document'; slug: string }
	| { page: 'topic'; slug: string; part?: number }
	| { page: 'cited' }
	| { page: 'search' }
	| { page: 'short'; id: string }
	| { page: 'pack' }
	| { page: 'targets' }
	| { page: 'not-found' }
	| { page: 'feed' }
	| { page: 'topic-feed'; slug: string }
	| { page: 'compare'; from: string; to: string }
	| { page: 'version'; slug: string; key: string }
	| { page: 'compare-versions'; slug: string; from: string; to: string };

/** The output file of a route, relative to the site root. */
export function routeFile(route: Route): string {
	switch (route.page) {
		case 'home':
			return 'index.html';
		case 'document':
			return `documents/${route.slug}.html`;
		case 'topic':
			return route.part === undefined || route.part === 1 ? `topics/${route.slug}.html` : `topics/${route.slug}/${route.part}.html`;
		case 'cited':
			return 'cited.html';
		case 'search':
			return 'search.html';
		case 'short':
			return `c/${route.id}.html`;
		case 'pack':
			return 'pack.html';
		case 'targets':
			return 'targets.html';
		case 'not-found':
			return '404.html';
		case 'feed':
			return 'feed.xml';
		case 'topic-feed':
			return `topics/${route.slug}.xml`;
		case 'compare':
			return `compare/${route.from}--${route.to}.html`;
		case 'version':
			return `documents/${route.slug}/${route.key}.html`;
		case 'compare-versions':
			return `compare/${route.slug}/${route.from}--${route.to}.html`;
	}
}

/** A relative URL from the page `from` to `to`, with an optional #fragment. */
export function href(from: Route, to: Route, fragment?: string): string {
	const fromDirs = routeFile(from).split('/').slice(0, -1);
	const target = routeFile(to);
	const up = '../'.repeat(fromDirs.length);
	const path = `${up}${target}`;
	const same = routeFile(from) === target;
	if (fragment !== undefined) return `${same ? '' : path}#${encodeURIComponent(fragment)}`;
	return path;
}

// The folders routeFile writes into, and how deep: topics/<slug>/2.html, documents/<slug>/<version>.html and compare/<slug>/<a>--<b>.html are two levels down.
const IN_FOLDER = /^(.*?\/)(?:(?:c|search|pagefind|assets)\/|(?:topics|documents|compare)\/(?:[^/]+\/)?)[^/]*$/;

/** The site root of the page at `pathname`, at any depth: /policy/topics/x/2.html → /policy/. */
export function siteRootOf(pathname: string): string {
	return IN_FOLDER.exec(pathname)?.[1] ?? pathname.replace(/[^/]*$/, '');
}

/** A relative URL to a file under public/ (styles, scripts) from the page `from`. */
export function assetHref(from: Route, file: string): string {
	return `${'../'.repeat(routeFile(from).split('/').length - 1)}${file}`;
}

/** The site address used when none is configured (src/config/build-env.ts); set SITE_URL to the real one at build time. */
export const PLACEHOLDER_SITE = 'https://policy-library.example/';

/**
 * A page's full URL on the site address (canonical, Open Graph, sitemap). The build always has
 * an address (astro.config.mjs falls back to PLACEHOLDER_SITE); none here is a mistake, and
 * browser code bundling this module does not carry the placeholder's host.
 */
export function absoluteUrl(route: Route, site: URL | undefined): string {
	if (!site) throw new Error(`no site address to make ${routeFile(route)} absolute: astro.config.mjs sets it from SITE_URL`);
	const base = site.href;
	return new URL(routeFile(route) === 'index.html' ? '' : routeFile(route), base.endsWith('/') ? base : `${base}/`).href;
}

/** A clause's short permalink on the site address: c/<clause-id>.html, independent of its document. */
export function shortLink(clauseId: string, site: URL | undefined): string {
	return absoluteUrl({ page: 'short', id: clauseId }, site);
}
