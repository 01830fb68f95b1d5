/**
 * What the service worker, the page that registers it and the build agree on. Kept apart from
 * all three so that the worker (checked as worker code) and the page (checked as DOM code) can
 * both import it.
 */

/** The start of every cache name of the library, so a new version can delete the old ones and nothing else. */
export const CACHE_PREFIX = 'library-';

/** The message that tells a waiting service worker to take over, once the reader chose to see a new build. */
export const SKIP_WAITING = 'skip-waiting';
