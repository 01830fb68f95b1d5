import type { CitedWorkEntry } from '../schemas/cited-work.ts';
import { fnv1a } from '../utils/hash.ts';
import type { CitedWork, Clause, LibraryDocument } from './types.ts';

/** Titles cited in 《》 in a text, in order, as written. */
export function citedTitles(text: string): string[] {
	return [...text.matchAll(/《([^《》\n]{1,80})》/g)].map((m) => m[1]!);
}

/** The wording a title is grouped by: NFKC (so （试行） and (试行) agree), without spaces. */
export function titleKey(title: string): string {
	return title.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * Groups every 《》 citation in the library into cited works. Editors' records in
 * content/cited-works.yaml group variant titles and resolve short forms (《意见》 in a given
 * document); other titles group by their own wording. A work whose title is a library
 * document's title links to it.
 */
export function collectCitations(
	clauses: Clause[],
	documents: LibraryDocument[],
	entries: CitedWorkEntry[],
): { works: CitedWork[]; byClause: Map<string, string[]> } {
	const byKey = new Map<string, CitedWorkEntry>();
	for (const e of entries) for (const t of [e.title, ...e.variants]) byKey.set(titleKey(t), e);
	const abbreviation = new Map<string, CitedWorkEntry>();
	for (const e of entries) for (const a of e.abbreviations) for (const d of a.documents) abbreviation.set(`${d}\u0000${titleKey(a.text)}`, e);
	const documentByTitle = new Map(documents.map((d) => [titleKey(d.meta.title), d.slug]));

	const works = new Map<string, CitedWork>();
	const citing = new Map<string, Set<string>>();
	const byClause = new Map<string, string[]>();
	// Unrecorded titles get a short id from their wording; two wordings never share one.
	const autoIds = new Map<string, string>();
	const autoId = (key: string) => {
		let id = autoIds.get(key);
		if (!id) {
			const taken = new Set(autoIds.values());
			id = `cited-${fnv1a(key).toString(36)}`;
			for (let n = 2; taken.has(id); n++) id = `cited-${fnv1a(key).toString(36)}-${n}`;
			autoIds.set(key, id);
		}
		return id;
	};
	for (const clause of clauses) {
		for (const title of citedTitles(`${clause.title ?? ''}${clause.text}`)) {
			const key = titleKey(title);
			const entry = abbreviation.get(`${clause.documentSlug}\u0000${key}`) ?? byKey.get(key);
			const id = entry?.id ?? autoId(key);
			let work = works.get(id);
			if (!work) {
				work = {
					id,
					title: entry?.title ?? title,
					variants: [],
					documentSlug: entry?.document ?? documentByTitle.get(titleKey(entry?.title ?? title)) ?? null,
					citingClauseIds: [],
				};
				works.set(id, work);
			}
			if (!work.variants.includes(title)) work.variants.push(title);
			// A document's own short name for itself (《实施方案》 in that plan) is not a citation.
			if (work.documentSlug === clause.documentSlug) continue;
			const seen = citing.get(id) ?? new Set<string>();
			citing.set(id, seen);
			if (!seen.has(clause.id)) {
				seen.add(clause.id);
				work.citingClauseIds.push(clause.id);
			}
			const list = byClause.get(clause.id) ?? [];
			if (!list.includes(id)) list.push(id);
			byClause.set(clause.id, list);
		}
	}
	const list = [...works.values()].filter((w) => w.citingClauseIds.length > 0);
	list.sort((a, b) => b.citingClauseIds.length - a.citingClauseIds.length || a.title.localeCompare(b.title, 'zh-CN'));
	return { works: list, byClause };
}
