/**
 * Loaded by a document page only when the reader arrives from a search result (?hl=…#clause):
 * marks the searched words inside that clause, with the same matching as the results page.
 */
import { markTerms } from './highlight.ts';
import { fold } from './segment.ts';

const terms = (new URLSearchParams(location.search).get('hl') ?? '')
	.split(/\s+/)
	.map(fold)
	.filter((t) => t.length > 0)
	.slice(0, 10);
const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
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
