import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { timeStage } from '../src/build/stages.ts';
import { siteFiles } from '../scripts/lib/site-files.ts';
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
			'astro:build:done': ({ dir, logger }) => timeStage('checks', () => {
				const root = fileURLToPath(dir);
				const files = new Map<string, string>();
				const others = new Set<string>();
				for (const file of siteFiles(root)) {
					if (/\.(html|css|js|json|webmanifest)$/.test(file)) files.set(file, readFileSync(join(root, file), 'utf8'));
					else others.add(file);
				}
				const problems = verifyOutput(files, others, site);
				if (problems.length > 0) {
					throw new Error(`The built site would break offline or reach another host:\n${problems.map((p) => `  - ${p.file}: ${p.problem}: ${p.url}`).join('\n')}`);
				}
				const stale = [...files].filter(([, text]) => text.includes('⟦')).map(([f]) => f);
				if (stale.length > 0) throw new Error(`A build placeholder was left in: ${stale.join(', ')}`);
				logger.info(`checked ${files.size} files: no root-absolute URL, folder link, off-site reference, module script or crossorigin`);
			}),
		},
	};
}
