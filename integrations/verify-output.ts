import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteFiles } from '../src/build/site-files.ts';
import { stageTimer } from '../src/build/stages.ts';
import { factsReader, keepFacts, readKeptFacts } from '../src/checks/kept-facts.ts';
import { readPageFacts, type PageFacts } from '../src/checks/page-facts.ts';
import { verifyOutput } from '../src/checks/verify-output.ts';

/** Last step of the build: refuses an output that would break from disk, under a sub-path or offline. */
export function verifyOutputIntegration({ stagesFile, force = false }: { stagesFile?: string | undefined; force?: boolean } = {}): AstroIntegration {
	const time = stageTimer(stagesFile);
	let site: string | undefined;
	let keptIn = '';
	return {
		name: 'verify-output',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site;
				keptIn = join(fileURLToPath(config.cacheDir), 'page-facts.v8');
			},
			'astro:build:done': ({ dir, logger }) =>
				time('checks', async () => {
					const root = fileURLToPath(dir);
					// Pages are read into their facts (in worker threads), so the site is never held in memory
					// whole; a page unchanged since the last build is not parsed again (kept-facts.ts).
					const all = siteFiles(root);
					const reader = factsReader();
					const { pages, byDigest, parsed } = await readPageFacts(
						root,
						all.filter((f) => f.endsWith('.html')),
						force ? new Map() : readKeptFacts(keptIn, reader),
					);
					const files = new Map<string, string | PageFacts>();
					const stale: string[] = [];
					for (const [file, { facts, placeholder }] of pages) {
						files.set(file, facts);
						if (placeholder) stale.push(file);
					}
					const others = new Set<string>();
					for (const file of all) {
						if (file.endsWith('.html')) continue;
						if (!/\.(css|js|json|webmanifest)$/.test(file)) {
							others.add(file);
							continue;
						}
						const text = readFileSync(join(root, file), 'utf8');
						if (text.includes('⟦')) stale.push(file);
						if (/\.(css|js)$/.test(file) && !file.startsWith('pagefind/')) files.set(file, text);
						else others.add(file);
					}
					const problems = verifyOutput(files, others, site);
					if (problems.length > 0) {
						throw new Error(
							`The built site would break offline or reach another host:\n${problems.map((p) => `  - ${p.file}: ${p.problem}: ${p.url}`).join('\n')}`,
						);
					}
					if (stale.length > 0) throw new Error(`A build placeholder was left in: ${stale.join(', ')}`);
					keepFacts(keptIn, reader, byDigest);
					logger.info(
						`checked ${files.size} files (${pages.size - parsed} pages unchanged since the last build): no root-absolute URL, folder link, off-site reference, module script or crossorigin`,
					);
				}),
		},
	};
}
