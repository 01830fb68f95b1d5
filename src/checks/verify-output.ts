/**
 * The output verifier: everything in a built site that would break reading from disk, under a
 * sub-path or offline, or reach another host. Run as the last step of every build.
 */
import { findBrokenLinks } from './links.ts';
import { cssUrls, factsOf, type PageFacts } from './page-facts.ts';
import { refersToFile, resolveRelative, urlProblem } from './url-rules.ts';

/** A problem in the built site, with the file and the offending URL or markup. */
export interface OutputProblem {
	file: string;
	problem: string;
	url: string;
}

const XML_NAMESPACE = /^http:\/\/www\.w3\.org\/(?:2000\/svg|1999\/xhtml|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace|2000\/xmlns\/)$/;

function cssProblems(file: string, urls: readonly string[]): OutputProblem[] {
	const out: OutputProblem[] = [];
	for (const url of urls) {
		const problem = urlProblem(url);
		if (problem) out.push({ file, problem: `${problem} in CSS`, url });
	}
	return out;
}

/**
 * Checks a built site for what breaks reading from disk, under a sub-path or offline, or
 * reaches another host: broken or folder links, root-absolute URLs, references to other hosts
 * (in HTML, CSS and the site's own scripts), module scripts loaded from a file, `crossorigin`,
 * and fetch or import() in the inline scripts of reading pages. `files` maps each text file,
 * relative to the site root, to its content (pages may be given as the facts read from them);
 * Pagefind's own files are not the site's to check.
 */
export function verifyOutput(files: Map<string, string | PageFacts>, otherFiles: ReadonlySet<string> = new Set(), site?: string): OutputProblem[] {
	const problems: OutputProblem[] = [];
	const pages = new Map<string, PageFacts>();
	for (const [file, content] of files) if (file.endsWith('.html')) pages.set(file, factsOf(content));
	const exists = (target: string) => files.has(target) || otherFiles.has(target);
	for (const b of findBrokenLinks(pages, otherFiles)) problems.push({ file: b.file, problem: b.problem, url: b.href });
	for (const [file, facts] of pages) {
		for (const { tag, attr, url } of facts.refs) {
			const problem = urlProblem(url);
			if (problem) problems.push({ file, problem: `${problem} (${tag} ${attr})`, url });
			else if (refersToFile(url) && !exists(resolveRelative(file, url).file)) problems.push({ file, problem: `missing file (${tag} ${attr})`, url });
		}
		for (const url of facts.srcset) {
			const problem = urlProblem(url);
			if (problem) problems.push({ file, problem: `${problem} (srcset)`, url });
		}
		for (const url of facts.canonical) {
			if (!site || !url.startsWith(site)) problems.push({ file, problem: `canonical URL not on the site address ${site ?? '(none configured)'}`, url });
		}
		for (const url of facts.moduleScripts) problems.push({ file, problem: 'module script loaded from a file (blocked from disk)', url });
		for (const url of facts.crossorigin) problems.push({ file, problem: 'crossorigin attribute', url });
		for (const { call, around } of facts.scriptCalls)
			problems.push({ file, problem: `${call}() in an inline script (a page must read without it)`, url: around });
		problems.push(...cssProblems(file, facts.styleUrls));
	}
	for (const [file, text] of files) {
		if (typeof text !== 'string') continue;
		if (file.endsWith('.css')) problems.push(...cssProblems(file, cssUrls(text)));
		if (file.endsWith('.js') && !file.startsWith('pagefind/')) {
			for (const m of text.matchAll(/["'`](https?:\/\/[^"'`\s]+)/g)) {
				// XML namespace names (SVG's) identify a vocabulary; nothing is fetched from them.
				if (!XML_NAMESPACE.test(m[1]!)) problems.push({ file, problem: 'reference to another host in a script', url: m[1]! });
			}
		}
	}
	return problems;
}
