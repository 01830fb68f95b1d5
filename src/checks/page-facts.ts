import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { runInWorker } from '../build/run-in-worker.ts';

/**
 * What the output checks need to know of one HTML page, read in one parse. The checks keep these
 * facts rather than the pages themselves: at 10,000 documents the HTML would take gigabytes.
 */
export interface PageFacts {
	/** every id attribute */
	ids: Set<string>;
	/** href of every a and link, except canonical links */
	links: string[];
	/** src, action, poster and object data URLs, with their element and attribute */
	refs: { tag: string; attr: string; url: string }[];
	/** every URL in srcset attributes */
	srcset: string[];
	canonical: string[];
	moduleScripts: string[];
	crossorigin: string[];
	/** every fetch( or import( in an inline script, with the code around it */
	scriptCalls: ScriptCall[];
	/** every url() and @import URL in style elements and style attributes */
	styleUrls: string[];
}

/**
 * A fetch( or import( call in an inline script. The facts keep these, not the scripts' and
 * styles' text, which repeated in every page made most of the facts' bytes (the kept facts of
 * 1,000 documents were 86 MB, two thirds of it inline CSS and scripts).
 */
export interface ScriptCall {
	call: 'fetch' | 'import';
	around: string;
}

/** The fetch( and import( calls of a script (see ScriptCall). */
export function scriptCalls(code: string): ScriptCall[] {
	return [...code.matchAll(/\b(fetch|import)\s*\(/g)].map((m) => ({
		call: m[1] as ScriptCall['call'],
		around: code.slice(Math.max(0, m.index - 20), m.index + 40).trim(),
	}));
}

/** The URLs of a style sheet's url() and @import. */
export function cssUrls(css: string): string[] {
	return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map((m) => m[2] ?? m[4]!);
}

export function pageFacts(html: string): PageFacts {
	const facts: PageFacts = {
		ids: new Set(),
		links: [],
		refs: [],
		srcset: [],
		canonical: [],
		moduleScripts: [],
		crossorigin: [],
		scriptCalls: [],
		styleUrls: [],
	};
	// htmlparser2's streaming parser, with no document tree: the facts are all in start tags and
	// in the text of script and style elements. It read the same facts as a tree-building parser
	// (node-html-parser) on every page of the real and the 1,000-document sites, in less than half
	// the time, and reading pages is most of the verifier's time.
	let rawText: { script: boolean; parts: string[] } | undefined;
	const parser = new Parser(
		{
			onopentag(tag, attrs) {
				if (attrs.id !== undefined) facts.ids.add(attrs.id);
				if (attrs.href !== undefined && (tag === 'a' || tag === 'link')) {
					if (tag === 'link' && attrs.rel === 'canonical') facts.canonical.push(attrs.href);
					else facts.links.push(attrs.href);
				}
				for (const attr of ['src', 'action', 'poster', 'data']) {
					const url = attrs[attr];
					if (url !== undefined && (attr !== 'data' || tag === 'object')) facts.refs.push({ tag, attr, url });
				}
				if (attrs.srcset !== undefined) for (const candidate of attrs.srcset.split(',')) facts.srcset.push(candidate.trim().split(/\s+/)[0] ?? '');
				if (tag === 'script' && attrs.type === 'module' && attrs.src !== undefined) facts.moduleScripts.push(attrs.src);
				if (attrs.crossorigin !== undefined) facts.crossorigin.push(attrs.src ?? attrs.href ?? tag);
				if (tag === 'script' && attrs.src === undefined) rawText = { script: true, parts: [] };
				if (tag === 'style') rawText = { script: false, parts: [] };
				if (attrs.style !== undefined) facts.styleUrls.push(...cssUrls(attrs.style));
			},
			ontext(text) {
				rawText?.parts.push(text);
			},
			onclosetag(tag) {
				if (rawText && (tag === 'script' || tag === 'style')) {
					const text = rawText.parts.join('');
					if (rawText.script) facts.scriptCalls.push(...scriptCalls(text));
					else facts.styleUrls.push(...cssUrls(text));
					rawText = undefined;
				}
			},
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
	);
	parser.end(html);
	return facts;
}

/** Facts of a page given as HTML or as facts already read. */
export function factsOf(page: string | PageFacts): PageFacts {
	return typeof page === 'string' ? pageFacts(page) : page;
}

/** What is read of one page: its facts, and whether it still holds a ⟦placeholder⟧. */
export interface PageReading {
	facts: PageFacts;
	placeholder: boolean;
}

/** Facts known from earlier builds: the digests first, the facts themselves when first asked for. */
export interface KnownFacts {
	/** the digests of the pages whose facts are kept: a page with one of these need only be hashed */
	readonly digests: readonly string[];
	/** the kept facts by digest, read on the first call; a digest whose file proves damaged is missing */
	facts(): ReadonlyMap<string, PageReading>;
}

/** No facts known: every page is parsed. */
export const NO_FACTS: KnownFacts = { digests: [], facts: () => new Map() };

/** What a worker sends back for one page: its content's digest, and its reading unless the digest was already known. */
export interface WorkerResult {
	file: string;
	digest: string;
	reading?: PageReading;
}

/**
 * Reads the facts of many pages of a built site, split over one worker thread per core (the
 * build is otherwise waiting at this point). A page whose content digest (SHA-256) is `known` is
 * not parsed again: its reading is taken from the known facts, which are read here while the
 * workers hash the pages (a page whose kept facts prove unreadable is parsed after all). Returns
 * each page's reading and digest, and the readings by digest (to keep for the next build).
 */
export async function readPageFacts(
	root: string,
	files: string[],
	known: KnownFacts = NO_FACTS,
): Promise<{ pages: Map<string, PageReading>; byDigest: Map<string, PageReading>; digests: Map<string, string>; parsed: number }> {
	// A worker per 200 pages up to one per core; fewer pages are read here, as starting a worker costs more.
	const workers = Math.min(availableParallelism(), Math.floor(files.length / 200));
	const knownDigests = known.digests;
	const reading =
		workers <= 1
			? undefined
			: Promise.all(
					shareOut(files, workers).map((share) =>
						runInWorker<WorkerResult[]>(
							new URL('./page-facts-worker.ts', import.meta.url),
							{ root, files: share, known: knownDigests },
							"the verifier's page reader",
						),
					),
				);
	const knownFacts = known.facts();
	const results = reading ? await reading : [readShare(root, files, new Set(knownDigests))];
	const pages = new Map<string, PageReading>();
	const byDigest = new Map<string, PageReading>();
	const digests = new Map<string, string>();
	let parsed = 0;
	for (const result of results.flat().sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
		const { file, digest } = result;
		let r = result.reading ?? knownFacts.get(digest);
		if (r === undefined) {
			// Known by its digest, but its kept facts could not be read: parsed here.
			const again = readShare(root, [file], new Set())[0]!;
			if (again.digest !== digest) throw new Error(`${file} changed while the verifier read it`);
			r = again.reading!;
		}
		if (r !== knownFacts.get(digest)) parsed++;
		pages.set(file, r);
		byDigest.set(digest, r);
		digests.set(file, digest);
	}
	return { pages, byDigest, digests, parsed };
}

/** Reads one share of pages (see readPageFacts): a page whose digest is known is only hashed. */
export function readShare(root: string, files: readonly string[], knownDigests: ReadonlySet<string>): WorkerResult[] {
	const out: WorkerResult[] = [];
	for (const file of files) {
		const bytes = readFileSync(join(root, file));
		const digest = createHash('sha256').update(bytes).digest('hex');
		if (knownDigests.has(digest)) {
			out.push({ file, digest });
			continue;
		}
		const html = bytes.toString('utf8');
		out.push({ file, digest, reading: { facts: pageFacts(html), placeholder: html.includes('⟦') } });
	}
	return out;
}

/**
 * Deals pages out to `workers` shares by a hash of their path, so that each share holds a like
 * mix of large and small pages. Dealing them in turn, in path order, gave one worker every
 * document page and the other every version page beside it (documents/x.html, documents/x/…).
 */
export function shareOut(files: readonly string[], workers: number): string[][] {
	const shares = Array.from({ length: workers }, (): string[] => []);
	for (const file of files) {
		let hash = 0x811c9dc5; // FNV-1a
		for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
		shares[(hash >>> 0) % workers]!.push(file);
	}
	return shares;
}
