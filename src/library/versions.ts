/**
 * A document's versions: the original and each revision, each its own MDX file. The latest is
 * content/documents/<slug>.mdx; each earlier one is content/documents/<slug>/<key>.mdx, named by
 * its key (version-key.ts). A clause keeps its id across versions when it is the same provision,
 * so from the versions this module works out, for every clause of the latest version, since which
 * version its words stand (changed, added, or unchanged since the first), and which clauses
 * earlier versions held that the latest no longer does. Pure; build-library.ts calls it.
 */
import { basename } from 'node:path';
import type { DocumentMeta } from '../schemas/document.ts';
import { formatDate } from '../utils/format.ts';
import { compareDatePrefixes } from '../utils/validity-label.ts';
import { clauseLabel } from './clause-label.ts';
import type { ContentIssue } from './errors.ts';
import { makeClause } from './make-clause.ts';
import { parseClauses } from './parse-clauses.ts';
import { clauseWords } from './stability.ts';
import type { Clause, ClauseHistory, DocumentVersion, GoneClause, LibraryDocument } from './types.ts';
import { versionKey } from './version-key.ts';
import { readableDate } from './validity.ts';

export { versionKey };

/** An earlier version as read from content/documents/<slug>/<key>.mdx. */
export interface EarlierVersionSource {
	/** the document it is a version of: the folder's name */
	slug: string;
	/** path shown in messages */
	filePath: string;
	meta: DocumentMeta;
	body: string;
	bodyLineOffset: number;
}

/** How a version is named to readers: 2024年3月1日版, 约2016年版 (the date as the document gives it). */
export function versionLabel(meta: Pick<DocumentMeta, 'version' | 'date'>): string {
	if (meta.version !== null) return `${readableDate(meta.version)}版`;
	return meta.date.value === null ? '日期不详的版本' : `${formatDate(meta.date)}版`;
}

/** Everything the library knows of versions, for pages, links, the checks and the feeds. */
export interface VersionModel {
	/** every version of each document that has earlier ones, oldest first, the latest last */
	versions: Map<string, DocumentVersion[]>;
	/** since which version each clause of a latest version with earlier ones has its words */
	history: Map<string, ClauseHistory>;
	/** clauses earlier versions held that the latest does not, by document */
	gone: Map<string, GoneClause[]>;
	/** every clause of every earlier version with its file, by id (for the stability checks) */
	earlierClauses: Map<string, (Clause & { file: string })[]>;
}

/** Parses one earlier version into its clauses; problems go to `issues`. */
function readEarlier(source: EarlierVersionSource, key: string, topicSlugs: ReadonlySet<string>, issues: ContentIssue[]): DocumentVersion {
	const parsed = parseClauses(source.filePath, source.body, source.bodyLineOffset);
	issues.push(...parsed.issues);
	const clauses = new Map<string, Clause>();
	for (const p of parsed.clauses) {
		if (clauses.has(p.id)) {
			issues.push({ file: source.filePath, line: p.line, clause: p.id, message: `duplicate clause id ${JSON.stringify(p.id)} in this version` });
			continue;
		}
		clauses.set(p.id, makeClause(source.slug, p, p.parentId === null ? undefined : clauses.get(p.parentId), topicSlugs));
	}
	return {
		key,
		label: versionLabel(source.meta),
		latest: false,
		filePath: source.filePath,
		meta: source.meta,
		clauseIds: parsed.clauses.filter((c) => c.parentId === null).map((c) => c.id),
		allClauseIds: [...clauses.keys()],
		clauses,
	};
}

/** The latest version of `document` as a DocumentVersion. */
function latestVersion(document: LibraryDocument, key: string, clauses: ReadonlyMap<string, Clause>): DocumentVersion {
	return {
		key,
		label: versionLabel(document.meta),
		latest: true,
		filePath: document.filePath,
		meta: document.meta,
		clauseIds: document.clauseIds,
		allClauseIds: document.allClauseIds,
		clauses: new Map(document.allClauseIds.map((id) => [id, clauses.get(id)!])),
	};
}

/** Checks one document's versions: every one dated, no two on the same date, the latest the newest; returns them oldest first. */
function orderVersions(document: LibraryDocument, earlier: { source: EarlierVersionSource; key: string | null }[], issues: ContentIssue[]): boolean {
	let ok = true;
	const latestKey = versionKey(document.meta);
	if (latestKey === null) {
		issues.push({
			file: document.filePath,
			message: `this document has earlier versions (content/documents/${document.slug}/), so its own version needs a date: set date.value or version`,
		});
		ok = false;
	}
	const seen: { key: string; file: string }[] = latestKey === null ? [] : [{ key: latestKey, file: document.filePath }];
	for (const { source, key } of earlier) {
		if (key === null) {
			issues.push({ file: source.filePath, message: 'an earlier version needs a date: set date.value or version (its file is named by it)' });
			ok = false;
			continue;
		}
		const named = basename(source.filePath).replace(/\.mdx$/, '');
		if (named !== key) {
			issues.push({
				file: source.filePath,
				message: `the file is named ${JSON.stringify(named)} but its version is ${JSON.stringify(key)} (version, else date.value): name it ${key}.mdx`,
			});
			ok = false;
		}
		const same = seen.find((s) => compareDatePrefixes(s.key, key) === 0);
		if (same) {
			issues.push({
				file: source.filePath,
				message: `two versions with the same date: ${JSON.stringify(key)} here and ${JSON.stringify(same.key)} in ${same.file}`,
			});
			ok = false;
		} else if (latestKey !== null && compareDatePrefixes(key, latestKey) > 0) {
			issues.push({
				file: source.filePath,
				message: `version ${JSON.stringify(key)} is newer than the latest version ${JSON.stringify(latestKey)} (${document.filePath}): the newest version is ${document.slug}.mdx`,
			});
			ok = false;
		}
		seen.push({ key, file: source.filePath });
	}
	return ok;
}

/** Since which version each clause of the latest version has its present words. */
function clauseHistories(versions: DocumentVersion[]): Map<string, ClauseHistory> {
	const out = new Map<string, ClauseHistory>();
	const latest = versions.at(-1)!;
	for (const id of latest.allClauseIds) {
		const words = clauseWords(latest.clauses.get(id)!);
		let j = versions.length - 1;
		while (j > 0) {
			const before = versions[j - 1]!.clauses.get(id);
			if (before === undefined || clauseWords(before) !== words) break;
			j--;
		}
		const since = versions[j]!;
		if (j === 0) out.set(id, { kind: 'original', since: since.key, sinceLabel: since.label, previous: null });
		else {
			const previous = versions[j - 1]!;
			out.set(id, { kind: previous.clauses.has(id) ? 'changed' : 'added', since: since.key, sinceLabel: since.label, previous: previous.key });
		}
	}
	return out;
}

/** Clauses earlier versions held that the latest does not: where each was last, and the version that took it out. */
function goneClauses(versions: DocumentVersion[], aliases: ReadonlyMap<string, string>): GoneClause[] {
	const latest = versions.at(-1)!;
	const out = new Map<string, GoneClause>();
	versions.slice(0, -1).forEach((v, i) => {
		for (const id of v.allClauseIds) {
			if (latest.clauses.has(id) || aliases.has(id)) continue;
			const next = versions[i + 1]!;
			if (next.clauses.has(id)) continue;
			out.set(id, { id, label: clauseLabel(v.clauses.get(id)!), lastIn: v.key, lastInLabel: v.label, removedIn: next.key, removedInLabel: next.label });
		}
	});
	return [...out.values()];
}

/**
 * Reads the earlier versions of every document and works out the version model. Problems go to
 * `issues`, each naming the file and the value: versions of a document that does not exist, an
 * undated version, a file not named by its version, two versions with the same date, an earlier
 * version newer than the latest, and a clause id that another document uses.
 */
export function buildVersions(
	documents: readonly LibraryDocument[],
	clauses: ReadonlyMap<string, Clause>,
	aliases: ReadonlyMap<string, string>,
	earlier: readonly EarlierVersionSource[],
	topicSlugs: ReadonlySet<string>,
	issues: ContentIssue[],
): VersionModel {
	const model: VersionModel = { versions: new Map(), history: new Map(), gone: new Map(), earlierClauses: new Map() };
	const bySlug = new Map(documents.map((d) => [d.slug, d]));
	const grouped = new Map<string, EarlierVersionSource[]>();
	for (const source of earlier) {
		if (!bySlug.has(source.slug)) {
			issues.push({
				file: source.filePath,
				message: `a version of ${JSON.stringify(source.slug)}, which is not a document of the library: its latest version must be content/documents/${source.slug}.mdx`,
			});
			continue;
		}
		grouped.set(source.slug, [...(grouped.get(source.slug) ?? []), source]);
	}
	const owner = new Map<string, string>(); // clause id → document slug, across every version
	for (const [id, c] of clauses) owner.set(id, c.documentSlug);
	for (const [slug, sources] of grouped) {
		const document = bySlug.get(slug)!;
		const keyed = sources.map((source) => ({ source, key: versionKey(source.meta) }));
		if (!orderVersions(document, keyed, issues)) continue;
		const older = keyed
			.sort((a, b) => compareDatePrefixes(a.key!, b.key!))
			.map(({ source, key }) => {
				const version = readEarlier(source, key!, topicSlugs, issues);
				for (const [id, c] of version.clauses) {
					const other = owner.get(id);
					if (other !== undefined && other !== slug) {
						issues.push({
							file: source.filePath,
							line: c.line,
							clause: id,
							message: `clause id ${JSON.stringify(id)} is used by another document, ${JSON.stringify(other)}: a version's ids belong to its document`,
						});
					}
					owner.set(id, slug);
					model.earlierClauses.set(id, [...(model.earlierClauses.get(id) ?? []), { ...c, file: source.filePath }]);
				}
				return version;
			});
		const versions = [...older, latestVersion(document, versionKey(document.meta)!, clauses)];
		model.versions.set(slug, versions);
		for (const [id, h] of clauseHistories(versions)) model.history.set(id, h);
		model.gone.set(slug, goneClauses(versions, aliases));
	}
	return model;
}
