import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `root`, as paths relative to it with forward slashes, in a stable order. */
export function siteFiles(root: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else out.push(relative(root, path).split('\\').join('/'));
		}
	};
	walk(root);
	return out;
}
