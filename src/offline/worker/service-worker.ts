/**
 * The service worker (sw.js): keeps the library for reading with the network off. It is
 * installed after one online visit and precaches what the build chose (src/offline/precache.ts):
 * every file of a library that fits the budget, else the core, with every other page kept once
 * opened. Bundled by integrations/offline-copy.ts (run by finish-site.ts), which supplies the two constants below.
 */
import { CACHE_PREFIX, SKIP_WAITING } from './protocol.ts';

/** This build's cache name: CACHE_PREFIX and a hash of every precached file, so a new build is a new cache. */
declare const __CACHE_VERSION__: string;
/** The files to keep at install, relative to sw.js at the site root (so the copy works under any sub-path). */
declare const __PRECACHE_FILES__: string[];
declare const self: ServiceWorkerGlobalScope;

const VERSION = __CACHE_VERSION__;

self.addEventListener('install', (event) => {
	event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(__PRECACHE_FILES__)));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== VERSION).map((k) => caches.delete(k))))
			.then(() => self.clients.claim()),
	);
});

// The page asks the waiting worker to take over once the reader chose to see the new build.
self.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
	event.respondWith(respond(request));
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(VERSION);
	const url = new URL(request.url);
	// A folder URL is its index page; ?q= and ?hl= are read by the page itself.
	const key = url.pathname.endsWith('/') ? new URL('index.html', url).href : request;
	const kept = await cache.match(key, { ignoreSearch: true });
	if (kept) return kept;
	const response = await fetch(request);
	// A page or index shard outside the precache is kept once opened, for reading offline later.
	if (response.ok && response.type === 'basic') await cache.put(url.href.split(/[?#]/)[0]!, response.clone());
	return response;
}
