import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { HTMLElement, parse, type Node } from 'node-html-parser';

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
	// One walk over the elements, in document order: a selector query per fact walked the whole
	// tree each time, and took three times as long as parsing the page.
	const pending: Node[] = parse(html).childNodes.slice().reverse();
	for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
		if (!(node instanceof HTMLElement)) continue;
		const el = node;
		const tag = el.tagName;
		const attrs = el.attrs;
		if (attrs.id !== undefined) facts.ids.add(attrs.id);
		if (attrs.href !== undefined && (tag === 'A' || tag === 'LINK')) {
			if (tag === 'LINK' && attrs.rel === 'canonical') facts.canonical.push(attrs.href);
			else facts.links.push(attrs.href);
		}
		for (const attr of ['src', 'action', 'poster', 'data']) {
			const url = attrs[attr];
			if (url !== undefined && (attr !== 'data' || tag === 'OBJECT')) facts.refs.push({ tag: tag.toLowerCase(), attr, url });
		}
		if (attrs.srcset !== undefined) for (const candidate of attrs.srcset.split(',')) facts.srcset.push(candidate.trim().split(/\s+/)[0] ?? '');
		if (tag === 'SCRIPT' && attrs.type === 'module' && attrs.src !== undefined) facts.moduleScripts.push(attrs.src);
		if (attrs.crossorigin !== undefined) facts.crossorigin.push(attrs.src ?? attrs.href ?? tag.toLowerCase());
		if (tag === 'SCRIPT' && attrs.src === undefined) facts.inlineScripts.push(el.textContent);
		if (tag === 'STYLE') facts.styles.push(el.textContent);
		if (attrs.style !== undefined) facts.styles.push(attrs.style);
		for (let i = el.childNodes.length - 1; i >= 0; i--) pending.push(el.childNodes[i]!);
	}
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
