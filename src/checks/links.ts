import { posix } from 'node:path';
import { factsOf, type PageFacts } from './page-facts.ts';

export interface BrokenLink {
	file: string;
	href: string;
	problem: string;
}

/**
 * Checks every link of a built site: the target file exists, is a page rather than a folder,
 * and has the #fragment. `pages` maps each output page (relative to the site root) to its HTML
 * or the facts read from it; `files` names the other files a link may point to (the offline ZIP).
 * A canonical link names the page's own public address; it is checked against the site address
 * elsewhere.
 */
export function findBrokenLinks(pages: Map<string, string | PageFacts>, files: ReadonlySet<string> = new Set()): BrokenLink[] {
	const ids = new Map<string, Set<string>>();
	const links: { file: string; href: string }[] = [];
	for (const [file, page] of pages) {
		const facts = factsOf(page);
		ids.set(file, facts.ids);
		for (const href of facts.links) links.push({ file, href });
	}
	const broken: BrokenLink[] = [];
	for (const { file, href } of links) {
		if (/^(data|mailto|tel):/.test(href)) continue;
		if (/^[a-z]+:|^\/\//i.test(href)) {
			broken.push({ file, href, problem: 'reference to another host' });
			continue;
		}
		if (href.startsWith('/')) {
			broken.push({ file, href, problem: 'root-absolute URL (breaks from disk and under a sub-path)' });
			continue;
		}
		const [path = '', fragment] = href.split('#');
		const target = path === '' ? file : posix.normalize(posix.join(posix.dirname(file), decodeURIComponent(path.split('?')[0]!)));
		if (files.has(target) && !target.endsWith('.html')) continue;
		if (!pages.has(target)) {
			broken.push({ file, href, problem: path.endsWith('/') ? 'links to a folder' : `no such page ${target}` });
			continue;
		}
		if (fragment !== undefined && fragment !== '' && !ids.get(target)!.has(decodeURIComponent(fragment))) {
			broken.push({ file, href, problem: `no #${decodeURIComponent(fragment)} in ${target}` });
		}
	}
	return broken;
}
