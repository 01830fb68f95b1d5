/**
 * Loaded by a document page only when the reader arrives from a search result (?hl=…#clause):
 * marks the searched words inside that clause, with the same matching as the results page.
 */
import { markTerms } from './highlight.ts';
import { fold, MAX_QUERY_TERMS } from './segment.ts';

const terms = (new URLSearchParams(location.search).get('hl') ?? '')
	.split(/\s+/)
	.map(fold)
	.filter((t) => t.length > 0)
	.slice(0, MAX_QUERY_TERMS);

function targetOf(hash: string): HTMLElement | null {
	try {
		return hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
	} catch {
		return null; // a malformed #fragment marks nothing
	}
}
const target = targetOf(location.hash);
if (target && terms.length > 0) {
	for (const element of target.querySelectorAll('[data-text]')) {
		for (const node of [...element.childNodes]) {
			if (node.nodeType !== Node.TEXT_NODE) continue;
			const pieces = markTerms(node.textContent ?? '', terms);
			if (!pieces.some((p) => p.mark)) continue;
			node.replaceWith(
				...pieces.map((p) => {
					if (!p.mark) return document.createTextNode(p.text);
					const mark = document.createElement('mark');
					mark.textContent = p.text;
					return mark;
				}),
			);
		}
	}
}
