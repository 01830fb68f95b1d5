/**
 * A page's cache key for Astro's incremental build (`cacheKey` from getStaticPaths): a digest of
 * the data the page renders, computed by the same page-data functions its template calls. Astro
 * skips a page whose key and code are unchanged, so the key must cover everything the page reads
 * besides its code and the configuration (which Astro hashes itself). The data is plain: a Map,
 * Set or function in it would serialise to nothing and hide a change, so they are refused.
 */
import { createHash } from 'node:crypto';

/**
 * Refuses what JSON would drop silently and a page could render (a Map or Set becomes {}, a
 * function nothing), and any other class instance. An undefined property is left out, as a
 * page renders it like a missing one. URLs and dates arrive as strings (their toJSON runs first). The keys are
 * serialised in the order the page-data code built them: the same code builds the same order,
 * and a change of code is a new key anyway (Astro hashes the page's modules).
 */
function plainOnly(this: unknown, key: string, value: unknown): unknown {
	if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
		throw new Error(`pageKey: ${key || '(data)'} is a ${typeof value}, not plain data`);
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
		const proto = Object.getPrototypeOf(value) as unknown;
		if (proto !== Object.prototype && proto !== null) throw new Error(`pageKey: ${key || '(data)'} is a ${value.constructor.name}, not plain data`);
	}
	return value;
}

/** The digest of a page's data: equal data, equal key. */
export function pageKey(data: unknown): string {
	return createHash('sha256').update(JSON.stringify(data, plainOnly)).digest('base64url');
}
