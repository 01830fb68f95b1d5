/**
 * The output verifier over a built site on disk, run as the last step of every build. It runs in
 * a worker thread (checkSiteInWorker), in a heap of its own: beside the build's gigabytes of
 * heap, the garbage collections set off by reading every page scanned that heap too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { runInWorker } from '../build/run-in-worker.ts';
import { factsReader, KeptFacts } from './kept-facts.ts';
import { readPageFacts, type PageFacts, type PageReading } from './page-facts.ts';
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
export function checkSiteInWorker(job: CheckJob, written: Promise<unknown>, onPageDigests?: (digests: PageDigests) => void): Promise<Checked> {
	return runInWorker(new URL('./check-site-worker.ts', import.meta.url), job, "the output verifier's worker", {
		release: written,
		onNote: (note) => onPageDigests?.(note as PageDigests),
	});
}

/** Each page's SHA-256 (hex) as the verifier read it, by path: every page but the pending ones. */
export type PageDigests = Map<string, string>;

/**
 * Refuses a site that would break from disk, under a sub-path or offline, or that holds a build
 * placeholder, naming each file and URL. The job's pending files are read once `written` resolves;
 * every other file is read and checked meanwhile, so the check runs beside the step still writing.
 * `onPageDigests` is given the digests of the pages once they are read (the offline copy takes
 * unchanged pages from its last archive by them, without reading the pages again).
 */
export async function checkSite(
	{ root, site, keptIn, force, files: all, pending }: CheckJob,
	written: Promise<unknown>,
	onPageDigests: (digests: PageDigests) => void = () => {},
): Promise<Checked> {
	// Pages are read into their facts (in worker threads), so the site is never held in memory
	// whole; a page unchanged since the last build is not parsed again (kept-facts.ts).
	const later = new Set(pending);
	const known = new KeptFacts(keptIn, factsReader(), force);
	const pendingPages = pending.filter((f) => f.endsWith('.html'));
	const now = await readPageFacts(
		root,
		all.filter((f) => f.endsWith('.html') && !later.has(f)),
		known,
	);
	onPageDigests(now.digests);
	const texts = readTexts(
		root,
		all.filter((f) => !later.has(f)),
	);
	// Kept before the pending pages are read: those few are parsed again next time.
	known.keep(now.byDigest);
	// The pending pages as they stand before the step rewrites them (where it has not yet): the
	// checks run over these now, and over the rewritten pages only if these read otherwise then.
	// Checking every page after the offline copy was done took 6 s at 10,000 documents.
	const before = pendingPages.every((f) => existsSync(join(root, f))) ? (await readPageFacts(root, pendingPages, known)).pages : undefined;
	const laterFiles = new Set(pending.filter((f) => !f.endsWith('.html')));
	// Pending files stand where the full check will put them: the site's own CSS and scripts (sw.js) as texts, read later
	// (empty until then), every other file as present; a link to a text file is judged as in the full check.
	const laterTexts = [...laterFiles].filter(isSiteText);
	const early =
		before &&
		verifyOutput(
			siteFiles(now.pages, before, new Map([...texts.files, ...laterTexts.map((f): [string, string] => [f, ''])])),
			new Set([...texts.others, ...[...laterFiles].filter((f) => !isSiteText(f))]),
			site,
		);
	await written;
	const last = await readPageFacts(root, pendingPages, known);
	const lastTexts = readTexts(root, [...laterFiles]);
	const sameFacts = before !== undefined && [...last.pages].every(([f, r]) => isDeepStrictEqual(r.facts, before.get(f)?.facts));
	const files = siteFiles(now.pages, last.pages, new Map([...texts.files, ...lastTexts.files]));
	const problems =
		early && sameFacts
			? [...early, ...verifyOutput(lastTexts.files, new Set(), site)]
			: verifyOutput(files, new Set([...texts.others, ...lastTexts.others]), site);
	if (problems.length > 0) {
		throw new Error(`The built site would break offline or reach another host:\n${problems.map((p) => `  - ${p.file}: ${p.problem}: ${p.url}`).join('\n')}`);
	}
	const stale = [...[...now.pages, ...last.pages].filter(([, r]) => r.placeholder).map(([f]) => f), ...texts.stale, ...lastTexts.stale].sort();
	if (stale.length > 0) throw new Error(`A build placeholder was left in: ${stale.join(', ')}`);
	return { checked: files.size, unchanged: now.pages.size + last.pages.size - now.parsed - last.parsed };
}

/** The pages' facts and the site's own CSS and scripts, by file, in path order: what verifyOutput checks. */
function siteFiles(
	pages: ReadonlyMap<string, PageReading>,
	more: ReadonlyMap<string, PageReading>,
	texts: ReadonlyMap<string, string>,
): Map<string, string | PageFacts> {
	const files = new Map<string, string | PageFacts>();
	for (const [file, { facts }] of [...pages, ...more].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) files.set(file, facts);
	for (const [file, text] of texts) files.set(file, text);
	return files;
}

/**
 * The files other than pages: the site's own CSS and scripts by their text, to be checked; every
 * other file (Pagefind's, JSON, images) only as present; and those holding a build placeholder.
 */
function readTexts(root: string, files: readonly string[]): { files: Map<string, string>; others: Set<string>; stale: string[] } {
	const texts = new Map<string, string>();
	const others = new Set<string>();
	const stale: string[] = [];
	for (const file of files) {
		if (file.endsWith('.html')) continue;
		if (!/\.(css|js|json|webmanifest)$/.test(file)) {
			others.add(file);
			continue;
		}
		const text = readFileSync(join(root, file), 'utf8');
		if (text.includes('⟦')) stale.push(file);
		if (isSiteText(file)) texts.set(file, text);
		else others.add(file);
	}
	return { files: texts, others, stale };
}

/** The site's own CSS and scripts, checked by their text (Pagefind's files are not the site's to check). */
function isSiteText(file: string): boolean {
	return /\.(css|js)$/.test(file) && !file.startsWith('pagefind/');
}
