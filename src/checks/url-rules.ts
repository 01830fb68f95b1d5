/**
 * What a URL in the built site may be, written once for the link check and the output
 * verifier. Every page must read from disk, under any sub-path and offline, so a URL is
 * relative to its page, a #fragment, or one of the few schemes that reach no other place.
 * `javascript:` is not one of them: a reading page's links must work without script (as its
 * inline scripts may not fetch), so a `javascript:` URL is refused like a reference elsewhere.
 */
import { posix } from 'node:path';

/** Schemes that fetch nothing: data: is inline, mailto: and tel: hand over to the reader's own apps. */
const LOCAL_SCHEME = /^(?:data|mailto|tel):/i;
/** Any scheme (RFC 3986): a URL with one, other than the local ones, names another place. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const SCRIPT_SCHEME = /^javascript:/i;

/** What is wrong with a URL in the output, or null when it may stay. */
export function urlProblem(url: string): string | null {
	const u = url.trim();
	if (SCRIPT_SCHEME.test(u)) return 'javascript: URL (a page must work without script in its links)';
	if (LOCAL_SCHEME.test(u)) return null;
	if (SCHEME.test(u) || u.startsWith('//')) return 'reference to another host';
	if (u.startsWith('/')) return 'root-absolute URL (breaks from disk and under a sub-path)';
	return null;
}

/** True for data:, mailto: and tel: URLs, which name no file of the site. */
export function hasLocalScheme(url: string): boolean {
	return LOCAL_SCHEME.test(url.trim());
}

/** True when an acceptable URL names a file of the site: not empty, not only a #fragment, not data:, mailto: or tel:. */
export function refersToFile(url: string): boolean {
	const u = url.trim();
	return u !== '' && !u.startsWith('#') && !u.startsWith('?') && !hasLocalScheme(u);
}

/** The file (relative to the site root) and #fragment a relative URL on the page `from` points to; no path means the page itself. */
export function resolveRelative(from: string, url: string): { file: string; fragment: string | undefined } {
	const [beforeFragment = '', fragment] = url.trim().split('#');
	const path = beforeFragment.split('?')[0]!;
	return {
		file: path === '' ? from : posix.normalize(posix.join(posix.dirname(from), decodeURIComponent(path))),
		fragment: fragment === undefined ? undefined : decodeURIComponent(fragment),
	};
}
