/**
 * Importing a revision of a document already in the library (npm run import -- --revises): what
 * the importer takes from the current version (its id prefix, and each clause's text, reviewed
 * topics, relations and aliases), and the rules a revision must meet before anything is written.
 * The current version moves to documents/<slug>/<key>.mdx, keyed by the date its text bears
 * (versionKey), so two versions may not share a key and a revision must be newer. Pure: the CLI
 * reads the files and does the moving.
 */
import { isCalendarDate } from '../schemas/document.ts';
import { versionKey } from '../library/version-key.ts';
import type { Library } from '../library/types.ts';
import { compareDatePrefixes } from '../utils/validity-label.ts';
import type { EarlierClause } from './carry-ids.ts';

/** A clause of the current version, with what a revision keeps when the clause carries over. */
export interface CurrentClause extends EarlierClause {
	topics: string[];
	/** relations declared on it, as written (TYPE:clause-id, or a bare id for 相关) */
	related: string[];
	aliases: string[];
	pending: ('topics' | 'related')[];
}

/** The version a draft revises: its id prefix and its clauses in reading order. */
export interface CurrentVersion {
	slug: string;
	prefix: string;
	/** its version key, null when its date is unknown and it has no `version` */
	key: string | null;
	clauses: CurrentClause[];
}

/** The current version of `slug` as the library reads it, or null when the library has no such document. */
export function currentVersion(library: Library, slug: string): CurrentVersion | null {
	const doc = library.documentsBySlug.get(slug);
	if (doc === undefined) return null;
	const clauses = doc.allClauseIds.map((id): CurrentClause => {
		const c = library.clauses.get(id)!;
		const related = (library.outgoing.get(id) ?? []).filter((r) => r.from === id).map((r) => (r.type === '相关' ? r.to : `${r.type}:${r.to}`));
		return {
			id,
			numberPath: c.numberPath,
			title: c.title,
			role: c.role,
			text: c.text,
			topics: c.topics,
			related,
			aliases: c.aliases,
			pending: c.pending ?? [],
		};
	});
	return { slug, prefix: doc.allClauseIds[0]?.split('-')[0] ?? slug.slice(0, 2), key: versionKey(doc.meta), clauses };
}

/** Why --version cannot be a version key (it is not a date), or null. */
export function versionFlagRefusal(version: string): string | null {
	return isCalendarDate(version) ? null : `--version ${JSON.stringify(version)} is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY)`;
}

/** Why the current version cannot be revised before the draft is read (it has no key, or its key's file is taken), or null. */
export function currentVersionRefusal(current: CurrentVersion, earlierKeys: string[]): string | null {
	const flag = `--revises ${current.slug}`;
	if (current.key === null)
		return `${flag}: documents/${current.slug}.mdx has no version key (its date is unknown and it has no version field): set version: YYYY-MM-DD in its frontmatter first, the date its text bears`;
	if (earlierKeys.includes(current.key))
		return `${flag}: documents/${current.slug}/${current.key}.mdx already exists, so the current version cannot move there; check the version folder first`;
	return null;
}

/** Why a draft cannot be the revision (no key, a key in use, not newer), or null; `key` is --version, else the draft's date. */
export function revisionRefusal(current: CurrentVersion & { key: string }, earlierKeys: string[], key: string | null): string | null {
	const flag = `--revises ${current.slug}`;
	if (key === null) return `${flag}: the importer found no date in the new text; give its date with --version YYYY-MM-DD`;
	if (key === current.key || earlierKeys.includes(key))
		return `${flag}: the new version ${key} is already the key of a version of ${current.slug} (two versions cannot share a date); give its own date with --version YYYY-MM-DD`;
	if (compareDatePrefixes(key, current.key) <= 0)
		return `${flag}: the new version ${key} is not later than the current version ${current.key}; a revision must be newer (give its date with --version YYYY-MM-DD)`;
	return null;
}
