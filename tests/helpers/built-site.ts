import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site under test (npm test builds it first). */
export const distDir = new URL('../../dist/', import.meta.url).pathname;

/** Every HTML file of the build, by path relative to the site root. */
export function builtPages(dir = distDir): Map<string, string> {
	if (!existsSync(join(dir, 'index.html'))) throw new Error(`no build in ${dir}: run npm run build first`);
	const pages = new Map<string, string>();
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) pages.set(relative(dir, path), readFileSync(path, 'utf8'));
		}
	};
	walk(dir);
	return pages;
}

/** The other files of the build (the offline ZIP, Pagefind's index), by path relative to the site root. */
export function builtFiles(dir = distDir): Set<string> {
	const files = new Set<string>();
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (!name.endsWith('.html')) files.add(relative(dir, path));
		}
	};
	walk(dir);
	return files;
}
