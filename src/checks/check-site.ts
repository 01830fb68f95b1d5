/**
 * The output verifier over a built site on disk, run as the last step of every build. It runs in
 * a worker thread (checkSiteInWorker), in a heap of its own: beside the build's gigabytes of
 * heap, the garbage collections set off by reading every page scanned that heap too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInWorker } from '../build/run-in-worker.ts';
import { siteFiles } from '../build/site-files.ts';
import { factsReader, keepFacts, readKeptFacts } from './kept-facts.ts';
import { readPageFacts, type PageFacts } from './page-facts.ts';
import { verifyOutput } from './verify-output.ts';

/** What checking a site needs: its folder, its public address, and where the last build's page facts are kept. */
export interface CheckJob {
	root: string;
	site: string | undefined;
	keptIn: string;
	/** ignore the kept facts (a forced build) */
	force: boolean;
}

/** How many files were checked, and how many pages' facts came from the last build. */
export interface Checked {
	checked: number;
	unchanged: number;
}

/** Checks the site (checkSite) in a worker thread; rejects with the problems found. */
export function checkSiteInWorker(job: CheckJob): Promise<Checked> {
	return runInWorker(new URL('./check-site-worker.ts', import.meta.url), job, "the output verifier's worker");
}

/** Refuses a site that would break from disk, under a sub-path or offline, or that holds a build placeholder, naming each file and URL. */
export async function checkSite({ root, site, keptIn, force }: CheckJob): Promise<Checked> {
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
		throw new Error(`The built site would break offline or reach another host:\n${problems.map((p) => `  - ${p.file}: ${p.problem}: ${p.url}`).join('\n')}`);
	}
	if (stale.length > 0) throw new Error(`A build placeholder was left in: ${stale.join(', ')}`);
	keepFacts(keptIn, reader, byDigest);
	return { checked: files.size, unchanged: pages.size - parsed };
}
