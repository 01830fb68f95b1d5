/**
 * The short-link pages (c/<id>.html) of clause ids that lead to a clause: one per clause and
 * alias, written from a string template by integrations/short-links.ts.
 */
import { clauseLabel } from '../library/clause-label.ts';
import { resolveClauseId } from '../library/stability.ts';
import type { Library } from '../library/types.ts';
import { absoluteUrl, href, type Route } from '../utils/links.ts';

/** Text safe inside HTML text and double-quoted attributes. */
function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A value safe inside an inline script. */
function scriptValue(value: string): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A page that forwards to `target#fragment`: by meta refresh without JavaScript (from disk too), keeping ?hl= (and the reader's own #fragment where `fragment` is null) with it. */
function forwardingPage(route: Route, target: Route, fragment: string | null, site: URL | undefined, heading: string, label: string, notes: string[]): string {
	const page = href(route, target);
	const hash = fragment === null ? '' : `#${fragment}`;
	const follow = fragment === null ? `location.search+location.hash` : `location.search+${scriptValue(hash)}`;
	const link = fragment === null ? href(route, target) : href(route, target, fragment);
	return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(label)}</title><link rel="icon" href="data:,"><link rel="canonical" href="${escapeHtml(`${absoluteUrl(target, site)}${hash}`)}"><meta http-equiv="refresh" content="${escapeHtml(`0; url=${page}${hash}`)}"><script>location.replace(${scriptValue(page)}+${follow});</script></head><body><main><h1>${escapeHtml(heading)}</h1><p><a href="${escapeHtml(link)}">${escapeHtml(label)}</a></p>${notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}</main></body></html>\n`;
}

/**
 * The short-link page of a clause id (c/<id>.html) that leads to a clause, directly or through an
 * alias: it forwards to the clause in its document page and shows a plain link, the document's
 * 时效性 and, in a document with earlier versions, since which version the clause's words stand.
 * An id that only earlier versions hold forwards to the last version that held it, saying the
 * latest took it out. Null for an id that leads to no clause (a removed clause has a page of
 * its own).
 *
 * Written as a string, not an Astro page: there is one per clause, 200,000 at 10,000 documents,
 * and rendering them through Astro was a large part of the build.
 */
export function shortLinkPage(library: Library, id: string, site?: URL): string | null {
	const route: Route = { page: 'short', id };
	const resolved = resolveClauseId(library, id);
	if (resolved.kind !== 'clause') {
		const earlier = library.earlierOnly.get(id);
		if (!earlier) return null;
		const gone = library.goneClauses.get(earlier.slug)!.find((g) => g.id === id)!;
		const document = library.documentsBySlug.get(earlier.slug)!;
		return forwardingPage(
			route,
			{ page: 'version', slug: earlier.slug, key: earlier.key },
			id,
			site,
			'正在打开条款',
			`《${document.meta.title}》${gone.lastInLabel}${gone.label}`,
			[`此条已于${gone.removedInLabel}删去，以下为${gone.lastInLabel}的原文。`],
		);
	}
	const clause = library.clauses.get(resolved.id)!;
	const document = library.documentsBySlug.get(clause.documentSlug)!;
	const history = library.clauseHistory.get(clause.id);
	const notes = [`时效性：${document.validity.label}（${document.validity.reason}）`];
	if (history) notes.push(history.kind === 'original' ? `本条自${history.sinceLabel}以来未改。` : `本条最后修改：${history.sinceLabel}。`);
	return forwardingPage(
		route,
		{ page: 'document', slug: clause.documentSlug },
		clause.id,
		site,
		'正在打开条款',
		`《${document.meta.title}》${clauseLabel(clause)}`,
		notes,
	);
}

/** Every id that gets a forwarding short-link page: current clause ids, aliases, and ids only earlier versions hold. */
export function forwardingIds(library: Library): string[] {
	return [...library.clauses.keys(), ...library.aliases.keys(), ...library.earlierOnly.keys()];
}

/**
 * The version-pinned address of each document's latest version (documents/<slug>/<key>.html),
 * which forwards to the document page, keeping the #clause, until a revision makes it an earlier
 * version with a page of its own. Documents whose date is unknown have none.
 */
export function latestPinnedPages(library: Library, site?: URL): { route: Route; html: string }[] {
	return library.documents.flatMap((d) => {
		if (d.version.key === null) return [];
		const route: Route = { page: 'version', slug: d.slug, key: d.version.key };
		const html = forwardingPage(route, { page: 'document', slug: d.slug }, null, site, '正在打开文件', `《${d.meta.title}》${d.version.label}`, [
			`这是本文件${d.version.label}的固定链接：本版是现行版本。文件修订后，此链接仍指向本版文字。`,
		]);
		return [{ route, html }];
	});
}
