/**
 * The output verifier over a built site on disk, run as the last step of every build. It runs in
 * a worker thread (checkSiteInWorker), in a heap of its own: beside the build's gigabytes of
 * heap, the garbage collections set off by reading every page scanned that heap too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInWorker } from '../build/run-in-worker.ts';
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
	/** the site's files, as they will be once the step still writing (`pending`) has finished */
	files: string[];
	/** files of `files` that another step is still writing: read only once it has finished, after every other page */
	pending: string[];
}

/** How many files were checked, and how many pages' facts came from the last build. */
export interface Checked {
	checked: number;
	unchanged: number;
}

/**
 * Checks the site (checkSite) in a worker thread; rejects with the problems found. `written` is
 * the step writing the job's pending files: the worker reads those once it succeeds, and is
 * stopped if it fails.
 */
export function checkSiteInWorker(job: CheckJob, written: Promise<unknown>): Promise<Checked> {
	return runInWorker(new URL('./check-site-worker.ts', import.meta.url), job, "the output verifier's worker", { release: written });
}

/**
 * Refuses a site that would break from disk, under a sub-path or offline, or that holds a build
 * placeholder, naming each file and URL. The job's pending files are read once `written` resolves;
 * every other file is read meanwhile, so the check runs beside the step still writing.
 */
export async function checkSite({ root, site, keptIn, force, files: all, pending }: CheckJob, written: Promise<void>): Promise<Checked> {
	// Pages are read into their facts (in worker threads), so the site is never held in memory
	// whole; a page unchanged since the last build is not parsed again (kept-facts.ts).
	const later = new Set(pending);
	const reader = factsReader();
	const known = force ? new Map() : readKeptFacts(keptIn, reader);
	const html = all.filter((f) => f.endsWith('.html'));
	const now = await readPageFacts(
		root,
		html.filter((f) => !later.has(f)),
		known,
	);
	await written;
	const last = await readPageFacts(
		root,
		html.filter((f) => later.has(f)),
		known,
	);
	const files = new Map<string, string | PageFacts>();
	const stale: string[] = [];
	for (const [file, { facts, placeholder }] of [...now.pages, ...last.pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
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
	keepFacts(keptIn, reader, new Map([...now.byDigest, ...last.byDigest]));
	return { checked: files.size, unchanged: now.pages.size + last.pages.size - now.parsed - last.parsed };
}
