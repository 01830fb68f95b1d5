/**
 * Atom (RFC 4287) as text: a feed and its entries, every value escaped. Pure and generic; what
 * the library's feeds hold is library-feed.ts's.
 */

/** One entry of a feed. */
export interface AtomEntry {
	/** a permanent IRI: the entry keeps it across builds */
	id: string;
	title: string;
	/** the page the entry is about, a full URL */
	link: string;
	/** further links, such as a revision's compare page */
	related?: { href: string; title: string }[];
	/** RFC 3339 */
	updated: string;
	summary: string;
	/** category terms (topics) */
	categories?: string[];
}

/** A whole feed. */
export interface AtomFeed {
	id: string;
	title: string;
	subtitle?: string;
	/** the feed's own full URL (rel="self") */
	self: string;
	/** the page the feed follows, a full URL (rel="alternate") */
	alternate: string;
	/** RFC 3339 */
	updated: string;
	author: string;
	entries: AtomEntry[];
}

/** Text safe inside XML text and double-quoted attributes. */
function xml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function entryXml(e: AtomEntry): string {
	return [
		'  <entry>',
		`    <id>${xml(e.id)}</id>`,
		`    <title>${xml(e.title)}</title>`,
		`    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>`,
		...(e.related ?? []).map((r) => `    <link rel="related" type="text/html" href="${xml(r.href)}" title="${xml(r.title)}"/>`),
		`    <updated>${xml(e.updated)}</updated>`,
		`    <summary>${xml(e.summary)}</summary>`,
		...(e.categories ?? []).map((c) => `    <category term="${xml(c)}"/>`),
		'  </entry>',
	].join('\n');
}

/** The feed as an Atom document. */
export function atomXml(feed: AtomFeed): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
		`  <id>${xml(feed.id)}</id>`,
		`  <title>${xml(feed.title)}</title>`,
		...(feed.subtitle ? [`  <subtitle>${xml(feed.subtitle)}</subtitle>`] : []),
		`  <link rel="self" type="application/atom+xml" href="${xml(feed.self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${xml(feed.alternate)}"/>`,
		`  <updated>${xml(feed.updated)}</updated>`,
		`  <author><name>${xml(feed.author)}</name></author>`,
		...feed.entries.map(entryXml),
		'</feed>',
		'',
	].join('\n');
}
