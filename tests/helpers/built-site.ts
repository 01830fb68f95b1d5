import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteFiles } from '../../src/build/site-files.ts';

/** The built site under test (npm test builds it first); TEST_DIST_DIR points the tests at another build. */
export const distDir = process.env['TEST_DIST_DIR'] ?? new URL('../../dist/', import.meta.url).pathname;

/** Every HTML file of the build, by path relative to the site root. */
export function builtPages(dir = distDir): Map<string, string> {
	if (!existsSync(join(dir, 'index.html'))) throw new Error(`no build in ${dir}: run npm run build first`);
	return new Map(
		siteFiles(dir)
			.filter((f) => f.endsWith('.html'))
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
	);
}

/** The other files of the build (the offline ZIP, Pagefind's index), by path relative to the site root. */
export function builtFiles(dir = distDir): Set<string> {
	return new Set(siteFiles(dir).filter((f) => !f.endsWith('.html')));
}
