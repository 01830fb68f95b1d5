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

/**
 * The short-link page of a clause id (c/<id>.html) that leads to a clause, directly or through an
 * alias: it forwards to the clause in its document page, by meta refresh without JavaScript
 * (from disk too), keeping ?hl= with JavaScript, and shows a plain link and the document's
 * 时效性 meanwhile. Null for an id
 * that leads to no clause (a removed clause has a page of its own).
 *
 * Written as a string, not an Astro page: there is one per clause, 200,000 at 10,000 documents,
 * and rendering them through Astro was a large part of the build.
 */
export function shortLinkPage(library: Library, id: string, site?: URL): string | null {
	const resolved = resolveClauseId(library, id);
	if (resolved.kind !== 'clause') return null;
	const clause = library.clauses.get(resolved.id)!;
	const route: Route = { page: 'short', id };
	const target: Route = { page: 'document', slug: clause.documentSlug };
	const page = href(route, target);
	const document = library.documentsBySlug.get(clause.documentSlug)!;
	const label = `《${document.meta.title}》${clauseLabel(clause)}`;
	const validity = `时效性：${document.validity.label}（${document.validity.reason}）`;
	return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(label)}</title><link rel="icon" href="data:,"><link rel="canonical" href="${escapeHtml(`${absoluteUrl(target, site)}#${clause.id}`)}"><meta http-equiv="refresh" content="${escapeHtml(`0; url=${page}#${clause.id}`)}"><script>location.replace(${scriptValue(page)}+location.search+${scriptValue(`#${clause.id}`)});</script></head><body><main><h1>正在打开条款</h1><p><a href="${escapeHtml(href(route, target, clause.id))}">${escapeHtml(label)}</a></p><p>${escapeHtml(validity)}</p></main></body></html>\n`;
}

/** Every id that gets a forwarding short-link page: current clause ids and aliases. */
export function forwardingIds(library: Library): string[] {
	return [...library.clauses.keys(), ...library.aliases.keys()];
}
