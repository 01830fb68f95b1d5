import { DOMParser, type Element } from '@xmldom/xmldom';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A feed read by a real XML parser, as a feed reader sees it. */
export interface ParsedFeed {
	id: string;
	title: string;
	updated: string;
	links: { rel: string; href: string }[];
	entries: { id: string; title: string; updated: string; link: string; related: string[]; summary: string; categories: string[] }[];
}

const children = (el: Element, name: string) => Array.from(el.getElementsByTagNameNS(ATOM, name)).filter((c) => c.parentNode === el);
const text = (el: Element, name: string) => children(el, name)[0]?.textContent ?? '';

/**
 * Parses an Atom document with @xmldom/xmldom, failing on any XML error, and checks what RFC 4287
 * requires of it: the Atom namespace on <feed>, an id, title and RFC 3339 updated on the feed and
 * every entry, an author, and an alternate link on every entry.
 */
export function parseAtom(xml: string): ParsedFeed {
	const doc = new DOMParser({
		onError: (level, message) => {
			throw new Error(`XML ${level}: ${message}`);
		},
	}).parseFromString(xml, 'application/xml');
	const feed = doc.documentElement!;
	if (feed.namespaceURI !== ATOM || feed.localName !== 'feed') throw new Error(`root is ${feed.namespaceURI ?? ''} ${feed.localName ?? ''}, not Atom's feed`);
	const must = (el: Element, name: string, where: string) => {
		if (children(el, name).length !== 1) throw new Error(`${where} has ${children(el, name).length} <${name}>, not one`);
		return text(el, name);
	};
	const updated = must(feed, 'updated', 'the feed');
	if (!RFC3339.test(updated)) throw new Error(`feed updated ${updated} is not RFC 3339`);
	if (children(feed, 'author').length === 0) throw new Error('the feed has no author');
	const entries = children(feed, 'entry').map((e, i) => {
		const links = children(e, 'link');
		const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
		if (!alternate) throw new Error(`entry ${i} has no alternate link`);
		const entryUpdated = must(e, 'updated', `entry ${i}`);
		if (!RFC3339.test(entryUpdated)) throw new Error(`entry ${i} updated ${entryUpdated} is not RFC 3339`);
		return {
			id: must(e, 'id', `entry ${i}`),
			title: must(e, 'title', `entry ${i}`),
			updated: entryUpdated,
			link: alternate.getAttribute('href')!,
			related: links.filter((l) => l.getAttribute('rel') === 'related').map((l) => l.getAttribute('href')!),
			summary: text(e, 'summary'),
			categories: children(e, 'category').map((c) => c.getAttribute('term')!),
		};
	});
	return {
		id: must(feed, 'id', 'the feed'),
		title: must(feed, 'title', 'the feed'),
		updated,
		links: children(feed, 'link').map((l) => ({ rel: l.getAttribute('rel') ?? 'alternate', href: l.getAttribute('href')! })),
		entries,
	};
}
