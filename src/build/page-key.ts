/**
 * A page's cache key for Astro's incremental build (`cacheKey` from getStaticPaths): a digest of
 * the data the page renders, computed by the same page-data functions its template calls. Astro
 * skips a page whose key and code are unchanged, so the key must cover everything the page reads
 * besides its code and the configuration (which Astro hashes itself). The data is plain: a Map,
 * Set or function in it would serialise to nothing and hide a change, so they are refused.
 */
import { createHash } from 'node:crypto';

/** Serialises plain data with object keys in order; throws on what JSON would drop silently. */
function stable(value: unknown, path: string): string {
	if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
	if (value === undefined) return 'undefined';
	if (Array.isArray(value)) return `[${value.map((v, i) => stable(v, `${path}[${i}]`)).join(',')}]`;
	if (value instanceof URL) return JSON.stringify(value.href);
	if (typeof value === 'object') {
		const proto = Object.getPrototypeOf(value) as unknown;
		if (proto !== Object.prototype && proto !== null) throw new Error(`pageKey: ${path || '(data)'} is a ${value.constructor.name}, not plain data`);
		const entries = Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k], `${path}.${k}`)}`);
		return `{${entries.join(',')}}`;
	}
	throw new Error(`pageKey: ${path || '(data)'} is a ${typeof value}, not plain data`);
}

/** The digest of a page's data: equal data, equal key. */
export function pageKey(data: unknown): string {
	return createHash('sha256').update(stable(data, '')).digest('base64url');
}
