/**
 * The link check over a built site: every link reaches a page of the site, and its #fragment.
 * What a URL may be at all (no other host, no root-absolute path) is url-rules.ts's.
 */
import { factsOf, type PageFacts } from './page-facts.ts';
import { hasLocalScheme, resolveRelative, urlProblem } from './url-rules.ts';

/** A link that leads nowhere, with its page and what is wrong. */
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
		const problem = urlProblem(href);
		if (problem) {
			broken.push({ file, href, problem });
			continue;
		}
		if (hasLocalScheme(href)) continue;
		const { file: target, fragment } = resolveRelative(file, href);
		if (files.has(target) && !target.endsWith('.html')) continue;
		if (!pages.has(target)) {
			broken.push({ file, href, problem: href.split(/[?#]/)[0]!.endsWith('/') ? 'links to a folder' : `no such page ${target}` });
			continue;
		}
		if (fragment !== undefined && fragment !== '' && !ids.get(target)!.has(fragment)) {
			broken.push({ file, href, problem: `no #${fragment} in ${target}` });
		}
	}
	return broken;
}
