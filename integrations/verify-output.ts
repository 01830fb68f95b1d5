import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { verifyOutput } from '../src/checks/verify-output.ts';

/** Last step of the build: refuses an output that would break from disk, under a sub-path or offline. */
export function verifyOutputIntegration(): AstroIntegration {
	let site: string | undefined;
	return {
		name: 'verify-output',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site;
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = new Map<string, string>();
				const others = new Set<string>();
				const walk = (d: string) => {
					for (const name of readdirSync(d)) {
						const path = join(d, name);
						if (statSync(path).isDirectory()) walk(path);
						else if (/\.(html|css|js|json|webmanifest)$/.test(name)) files.set(relative(root, path), readFileSync(path, 'utf8'));
						else others.add(relative(root, path));
					}
				};
				walk(root);
				const problems = verifyOutput(files, others, site);
				if (problems.length > 0) {
					throw new Error(`The built site would break offline or reach another host:\n${problems.map((p) => `  - ${p.file}: ${p.problem}: ${p.url}`).join('\n')}`);
				}
				const stale = [...files].filter(([, text]) => text.includes('⟦')).map(([f]) => f);
				if (stale.length > 0) throw new Error(`A build placeholder was left in: ${stale.join(', ')}`);
				logger.info(`checked ${files.size} files: no root-absolute URL, folder link, off-site reference, module script or crossorigin`);
			},
		},
	};
}
