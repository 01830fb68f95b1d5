/**
 * The link check over a built site: every link reaches a page of the site, and its #fragment.
 * What a URL may be at all (no other host, no root-absolute path) is url-rules.ts's.
 */
import { posix } from 'node:path';
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
	const facts = new Map<string, PageFacts>();
	for (const [file, page] of pages) facts.set(file, factsOf(page));
	// What a link's part before its #fragment means, from one folder: pages of a folder link to
	// the same few pages thousands of times (at 10,000 documents the site holds millions of
	// links), so each is worked out once.
	const meanings = new Map<string, { problem: string | null; target?: string }>();
	const meaning = (from: string, folder: string, href: string, beforeFragment: string) => {
		const key = `${folder}\0${beforeFragment}`;
		let m = meanings.get(key);
		if (m === undefined) {
			const problem = urlProblem(href);
			m = problem !== null ? { problem } : hasLocalScheme(href) ? { problem: null } : { problem: null, target: resolveRelative(from, beforeFragment).file };
			// A link to the page itself (no path) resolves differently in each page, so it is not kept.
			if (beforeFragment.split('?')[0] !== '') meanings.set(key, m);
		}
		return m;
	};
	const broken: BrokenLink[] = [];
	for (const [file, { links }] of facts) {
		const folder = posix.dirname(file);
		for (const href of links) {
			const trimmed = href.trim();
			const hash = trimmed.indexOf('#');
			const beforeFragment = hash < 0 ? trimmed : trimmed.slice(0, hash);
			// Up to the next #, as split('#') cut it.
			const fragmentText = hash < 0 ? undefined : trimmed.slice(hash + 1).split('#', 1)[0]!;
			const { problem, target } = meaning(file, folder, trimmed, beforeFragment);
			if (problem) {
				broken.push({ file, href, problem });
				continue;
			}
			if (target === undefined) continue;
			if (files.has(target) && !target.endsWith('.html')) continue;
			const targetFacts = facts.get(target);
			if (targetFacts === undefined) {
				broken.push({ file, href, problem: href.split(/[?#]/)[0]!.endsWith('/') ? 'links to a folder' : `no such page ${target}` });
				continue;
			}
			const fragment = fragmentText === undefined || !fragmentText.includes('%') ? fragmentText : decodeURIComponent(fragmentText);
			if (fragment !== undefined && fragment !== '' && !targetFacts.ids.has(fragment)) {
				broken.push({ file, href, problem: `no #${fragment} in ${target}` });
			}
		}
	}
	return broken;
}
