import { describe, expect, test } from 'vitest';
import { precacheSelection } from '../../src/offline/precache.ts';

const site = [
	{ path: 'index.html', bytes: 30 },
	{ path: 'search.html', bytes: 20 },
	{ path: 'assets/copy.js', bytes: 5 },
	{ path: 'documents/a.html', bytes: 400 },
	{ path: 'topics/funding.html', bytes: 300 },
	{ path: 'topics/funding/2.html', bytes: 300 },
	{ path: 'c/a-1.html', bytes: 1 },
	{ path: 'pagefind/pagefind.js', bytes: 40 },
	{ path: 'pagefind/pagefind-entry.json', bytes: 1 },
	{ path: 'pagefind/fragment/x.pf_fragment', bytes: 900 },
	{ path: 'pagefind/index/y.pf_index', bytes: 900 },
	{ path: 'search/offline-index.js', bytes: 100 },
];

describe('what the service worker keeps at install', () => {
	test('a library within the budget: every file', () => {
		expect(precacheSelection(site, 10_000)).toEqual({ paths: site.map((f) => f.path), complete: true });
	});

	test('a larger library: the core (pages to start from, scripts, Pagefind’s entry files), the rest on use', () => {
		const { paths, complete } = precacheSelection(site, 1_000);
		expect(complete).toBe(false);
		expect(paths).toEqual(['index.html', 'search.html', 'assets/copy.js', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'search/offline-index.js']);
	});
});
