/**
 * The files of a built site, walked in one stable order. The build's own steps (the service
 * worker's precache, the offline ZIP, the output verifier) and the tests and benchmarks that
 * read a build all list its files this way.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `root`, as paths relative to it with forward slashes, in a stable order. */
export function siteFiles(root: string): string[] {
	const out: string[] = [];
	const walk = (dir: string, prefix: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
			if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
			else out.push(`${prefix}${entry.name}`);
		}
	};
	walk(root, '');
	return out;
}

/** Every file under `root` with its size in bytes. */
export function siteFileSizes(root: string): { path: string; bytes: number }[] {
	return siteFiles(root).map((path) => ({ path, bytes: statSync(join(root, path)).size }));
}
