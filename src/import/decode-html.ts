/**
 * A saved web page to lines of text, as a reader sees them: each block (paragraph, heading,
 * list item, table cell) on its own line, a <br> breaking the line, runs of spaces collapsed as a
 * browser collapses them. What a reader never sees is not text: scripts, styles, the <head>,
 * hidden elements. Everything else, navigation and share bars included, becomes lines, so the
 * boilerplate stage can leave the furniture out by its rules and record each line it drops.
 */
import { parse, HTMLElement, NodeType, type Node } from 'node-html-parser';
import type { PageHints } from './types.ts';

const BLOCK = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'body',
	'caption',
	'center',
	'dd',
	'div',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'footer',
	'form',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'tbody',
	'td',
	'th',
	'thead',
	'tr',
	'ul',
]);
const UNSEEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'select', 'input', 'textarea', 'map']);

/** The visible text of a page as lines, and what its meta tags state. */
export function readHtml(html: string): { lines: string[]; hints: PageHints } {
	// The doctype is no text; the parser would keep it as if it were.
	const root = parse(html.replace(/^\s*<!DOCTYPE[^>]*>/i, ''), { comment: false, blockTextElements: { script: true, style: true, pre: true, noscript: true } });
	const lines: string[] = [];
	let current = '';
	const flush = () => {
		const line = current.trim();
		if (line !== '' || (lines.length > 0 && lines.at(-1) !== '')) lines.push(line);
		current = '';
	};
	const walk = (node: Node) => {
		if (node.nodeType === NodeType.TEXT_NODE) {
			current += node.text.replace(/[ \t\n\r\f]+/g, ' ');
			return;
		}
		if (!(node instanceof HTMLElement)) return;
		const el = node;
		const tag = el.rawTagName.toLowerCase();
		if (UNSEEN.has(tag) || el.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) return;
		if (tag === 'br') {
			flush();
			return;
		}
		const block = BLOCK.has(tag);
		if (block) flush();
		if (tag === 'pre') {
			for (const l of el.text.split(/\r?\n/)) {
				current = l;
				flush();
			}
			return;
		}
		for (const c of el.childNodes) walk(c);
		if (block) flush();
	};
	for (const c of root.childNodes) walk(c);
	flush();
	while (lines.at(-1) === '') lines.pop();
	return { lines, hints: pageHints(root) };
}

/** Publication date, site name and address, from the meta tags Chinese government CMSs and Open Graph write. */
function pageHints(root: HTMLElement): PageHints {
	const meta = (...names: string[]) => {
		for (const el of root.querySelectorAll('meta')) {
			const key = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
			const content = el.getAttribute('content')?.trim();
			if (content && names.includes(key)) return content;
		}
		return null;
	};
	const date = meta('pubdate', 'publishdate', 'article:published_time', 'dc.date');
	const m = date === null ? null : /(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})/.exec(date);
	const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url');
	return {
		published: m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null,
		site: meta('sitename', 'og:site_name'),
		url: canonical !== null && /^https?:\/\//.test(canonical) ? canonical : null,
		headings: [...root.querySelectorAll('h1'), ...root.querySelectorAll('h2')].map((h) => h.text.replace(/\s+/g, ' ').trim()).filter((t) => t !== ''),
	};
}
