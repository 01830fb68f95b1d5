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
 * page renders it like a missing one. URLs and dates become strings (their toJSON). The keys are
 * serialised in the order the page-data code built them: the same code builds the same order,
 * and a change of code is a new key anyway (Astro hashes the page's modules).
 *
 * A walk of its own, then JSON.stringify without a replacer: a replacer takes V8 off its fast
 * serialiser and is called for every value, which made the keys of a 10,000-document library's
 * pages 1.8 s of every build.
 */
function assertPlain(value: unknown, key: string): void {
	switch (typeof value) {
		case 'string':
		case 'number':
		case 'boolean':
		case 'undefined':
			return;
		case 'object':
			break;
		default:
			throw new Error(`pageKey: ${key || '(data)'} is a ${typeof value}, not plain data`);
	}
	if (value === null) return;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) assertPlain(value[i], String(i));
		return;
	}
	// Serialised as what its toJSON gives (a URL's address, a date's ISO string).
	if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return;
	const proto = Object.getPrototypeOf(value) as unknown;
	if (proto !== Object.prototype && proto !== null) throw new Error(`pageKey: ${key || '(data)'} is a ${value.constructor.name}, not plain data`);
	for (const k of Object.keys(value)) assertPlain((value as Record<string, unknown>)[k], k);
}

/** The digest of a page's data: equal data, equal key. */
export function pageKey(data: unknown): string {
	assertPlain(data, '');
	return createHash('sha256').update(JSON.stringify(data)).digest('base64url');
}
