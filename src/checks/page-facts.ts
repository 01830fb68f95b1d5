import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parse } from 'node-html-parser';

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
	inlineScripts: string[];
	/** the text of style elements and style attributes */
	styles: string[];
}

export function pageFacts(html: string): PageFacts {
	const root = parse(html);
	const facts: PageFacts = {
		ids: new Set(),
		links: [],
		refs: [],
		srcset: [],
		canonical: [],
		moduleScripts: [],
		crossorigin: [],
		inlineScripts: [],
		styles: [],
	};
	for (const el of root.querySelectorAll('[id]')) facts.ids.add(el.getAttribute('id')!);
	for (const el of root.querySelectorAll('a[href], link[href]')) {
		if (el.tagName === 'LINK' && el.getAttribute('rel') === 'canonical') facts.canonical.push(el.getAttribute('href')!);
		else facts.links.push(el.getAttribute('href')!);
	}
	for (const el of root.querySelectorAll('[src], [action], [poster], [srcset], object[data]')) {
		for (const attr of ['src', 'action', 'poster', 'data']) {
			const url = el.getAttribute(attr);
			if (url !== undefined && (attr !== 'data' || el.tagName === 'OBJECT')) facts.refs.push({ tag: el.tagName.toLowerCase(), attr, url });
		}
		for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) facts.srcset.push(candidate.trim().split(/\s+/)[0] ?? '');
	}
	for (const el of root.querySelectorAll('script[type="module"][src]')) facts.moduleScripts.push(el.getAttribute('src')!);
	for (const el of root.querySelectorAll('[crossorigin]'))
		facts.crossorigin.push(el.getAttribute('src') ?? el.getAttribute('href') ?? el.tagName.toLowerCase());
	for (const el of root.querySelectorAll('script:not([src])')) facts.inlineScripts.push(el.textContent);
	for (const el of root.querySelectorAll('style')) facts.styles.push(el.textContent);
	for (const el of root.querySelectorAll('[style]')) facts.styles.push(el.getAttribute('style')!);
	return facts;
}

/** Facts of a page given as HTML or as facts already read. */
export function factsOf(page: string | PageFacts): PageFacts {
	return typeof page === 'string' ? pageFacts(page) : page;
}

/**
 * Reads the facts of many pages of a built site, split over one worker thread per core (the
 * build is otherwise waiting at this point). Also says which pages still hold a ⟦placeholder⟧.
 */
export async function readPageFacts(root: string, files: string[]): Promise<{ facts: Map<string, PageFacts>; placeholders: string[] }> {
	const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 200)));
	const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
	const results = await Promise.all(
		shares.map(
			(share) =>
				new Promise<{ file: string; facts: PageFacts; placeholder: boolean }[]>((resolve, reject) => {
					const worker = new Worker(new URL('./page-facts-worker.ts', import.meta.url), { workerData: { root, files: share } });
					worker.once('message', resolve);
					worker.once('error', reject);
				}),
		),
	);
	const facts = new Map<string, PageFacts>();
	const placeholders: string[] = [];
	for (const { file, facts: f, placeholder } of results.flat().sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
		facts.set(file, f);
		if (placeholder) placeholders.push(file);
	}
	return { facts, placeholders };
}
