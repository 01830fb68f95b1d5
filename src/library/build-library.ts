/**
 * Builds the library model from what read-data.ts read: clause trees, topics, declared and
 * computed relations, citations, and the stability checks. Pure, so unit tests build fixture
 * libraries without Astro.
 */
import { untimed, type Timer } from '../build/stages.ts';
import type { CitedWorkEntry } from '../schemas/cited-work.ts';
import type { DocumentMeta } from '../schemas/document.ts';
import type { ClauseRegistry, RemovedClause } from '../schemas/removed-clause.ts';
import type { Topic } from '../schemas/topic.ts';
import { collectCitations } from './citations.ts';
import { LibraryError, type ContentIssue } from './errors.ts';
import { makeClause } from './make-clause.ts';
import { parseClauses, type ParsedClause } from './parse-clauses.ts';
import { resolveRelations, type WrittenRelation } from './relations.ts';
import { computeSimilar } from './similar-clauses.ts';
import { checkStability } from './stability.ts';
import { replacedBy, shownValidity } from './validity.ts';
import { buildVersions, versionLabel, type EarlierVersionSource } from './versions.ts';
import { versionKey } from './version-key.ts';
import type { Clause, Library, LibraryDocument, SimilarClause, TopicWithClauses } from './types.ts';

/** One document as read from content/: validated frontmatter plus the raw MDX body. */
export interface DocumentSource {
	slug: string;
	/** path shown in messages */
	filePath: string;
	meta: DocumentMeta;
	body: string;
	/** number of file lines before the body (the frontmatter), so messages give file lines */
	bodyLineOffset: number;
}

/** Everything the library is built from. */
export interface LibraryInput {
	documents: DocumentSource[];
	topics: Topic[];
	citedWorks: CitedWorkEntry[];
	/** published clause ids and fingerprints (content/clause-registry.json) */
	registry?: ClauseRegistry;
	/** published clauses taken out (content/removed-clauses.yaml) */
	removed?: RemovedClause[];
	/** earlier versions of documents (content/documents/<slug>/<key>.mdx) */
	earlierVersions?: EarlierVersionSource[];
	/** the build's date, YYYY-MM-DD, against which 期满失效 is worked out (default today, UTC, as BUILD_DATE's) */
	buildDate?: string;
	/** the clause parser of the latest versions (default parseClauses; the build's keeps parses between builds, see kept-parses.ts) */
	parse?: typeof parseClauses;
}

/** The clauses of every document, as read, with what the later checks need to know of them. */
interface ClauseTable {
	clauses: Map<string, Clause>;
	/** `file:line` of each clause id, for messages */
	where: Map<string, string>;
	/** the file of each clause */
	fileOf: Map<string, string>;
	/** earlier ids, to the clause that carries them */
	aliases: Map<string, string>;
	/** `related` entries as written, checked once every clause is known */
	relations: WrittenRelation[];
	documents: LibraryDocument[];
}

/**
 * Builds the library model from content: clause trees, topics, declared and computed relations,
 * and citations. Pure: the same input gives the same library, and every problem in the content
 * is collected into one LibraryError naming file, line, clause and value. `time` measures the
 * stages (parsing the content, computing relations) for the scale benchmark.
 */
export function buildLibrary(input: LibraryInput, time: Timer = untimed): Library {
	const issues: ContentIssue[] = [];
	const topicSlugs = new Set(input.topics.map((t) => t.slug));
	const sources = [...input.documents].sort((a, b) => a.slug.localeCompare(b.slug));
	const buildDate = input.buildDate ?? new Date().toISOString().slice(0, 10);
	const table = time('loading content: clauses', () => readClauses(sources, topicSlugs, buildDate, issues, input.parse ?? parseClauses));
	const { clauses, aliases, documents } = table;

	const { outgoing, incoming, issues: relationIssues } = resolveRelations(table.relations, (id) => clauses.has(id));
	issues.push(...relationIssues);
	const documentsBySlug = new Map(documents.map((d) => [d.slug, d]));
	issues.push(...checkCitedWorks(input.citedWorks, documentsBySlug), ...checkAliases(table), ...checkSuccessors(documents, documentsBySlug));
	const versions = buildVersions(documents, clauses, aliases, input.earlierVersions ?? [], topicSlugs, issues);
	const removed = input.removed ?? [];
	if (input.registry) {
		const located = new Map([...clauses].map(([id, c]) => [id, { ...c, file: table.fileOf.get(id)! }]));
		issues.push(...checkStability(located, aliases, input.registry, removed, versions.earlierClauses));
	}
	if (issues.length > 0) throw new LibraryError(issues);

	documents.sort(compareDocuments);
	const ordered = inDocumentOrder(documents, clauses);
	const topics = groupTopics(input.topics, ordered);
	const { works, byClause } = collectCitations(ordered, documents, input.citedWorks);
	// Similar clauses are found when first read, not before, unless they are given found
	// (withSimilar): the build finds them with every core while the search index starts
	// (load-library.ts).
	let similar: Map<string, SimilarClause[]> | undefined;
	return {
		documents,
		documentsBySlug,
		clauses,
		topics,
		topicsBySlug: new Map(topics.map((t) => [t.slug, t])),
		outgoing,
		incoming,
		get similar() {
			return (similar ??= time('relations', () => computeSimilar(ordered, outgoing, incoming)));
		},
		citedWorks: works,
		citedWorksById: new Map(works.map((w) => [w.id, w])),
		citationsByClause: byClause,
		aliases,
		removed: new Map(removed.map((r) => [r.id, r])),
		replaced: replacedBy(documents),
		versions: versions.versions,
		clauseHistory: versions.history,
		goneClauses: versions.gone,
		earlierOnly: new Map(
			[...versions.gone.entries()].flatMap(([slug, gone]) => gone.map((g): [string, { slug: string; key: string }] => [g.id, { slug, key: g.lastIn }])),
		),
	};
}

/** Every clause of the latest versions, document by document, each in its document's order. */
export function inDocumentOrder(documents: readonly LibraryDocument[], clauses: ReadonlyMap<string, Clause>): Clause[] {
	return documents.flatMap((d) => d.allClauseIds.map((id) => clauses.get(id)!));
}

/**
 * The library with its similar clauses as found elsewhere (by several threads, see
 * similar-parallel.ts) rather than in this thread when first read.
 */
export function withSimilar(library: Library, similar: Map<string, SimilarClause[]>): Library {
	return Object.defineProperty(library, 'similar', { value: similar, enumerable: true });
}

/** Parses every document's clauses into one table, in document order; problems go to `issues`. */
function readClauses(
	sources: DocumentSource[],
	topicSlugs: ReadonlySet<string>,
	buildDate: string,
	issues: ContentIssue[],
	parse: typeof parseClauses,
): ClauseTable {
	const table: ClauseTable = { clauses: new Map(), where: new Map(), fileOf: new Map(), aliases: new Map(), relations: [], documents: [] };
	for (const source of sources) {
		const parsed = parse(source.filePath, source.body, source.bodyLineOffset);
		issues.push(...parsed.issues);
		const allClauseIds = parsed.clauses.filter((p) => addClause(table, source, p, topicSlugs, issues)).map((p) => p.id);
		table.documents.push({
			slug: source.slug,
			meta: source.meta,
			filePath: source.filePath,
			clauseIds: parsed.clauses.filter((c) => c.parentId === null).map((c) => c.id),
			allClauseIds,
			validity: shownValidity(source.meta.validity, buildDate),
			version: { key: versionKey(source.meta), label: versionLabel(source.meta) },
		});
	}
	return table;
}

/** Adds one parsed clause to the table, checking its id, topics and aliases; false when its id is taken. */
function addClause(table: ClauseTable, source: DocumentSource, p: ParsedClause, topicSlugs: ReadonlySet<string>, issues: ContentIssue[]): boolean {
	const at = { file: source.filePath, line: p.line, clause: p.id };
	const earlier = table.where.get(p.id);
	if (earlier !== undefined) {
		issues.push({ ...at, message: `duplicate clause id ${JSON.stringify(p.id)}; already used at ${earlier}` });
		return false;
	}
	table.where.set(p.id, `${source.filePath}:${p.line}`);
	for (const t of p.topics) {
		if (!topicSlugs.has(t)) issues.push({ ...at, message: `unknown topic ${JSON.stringify(t)}; topics are listed in content/topics.yaml` });
	}
	for (const entry of p.related) table.relations.push({ from: p.id, entry, file: source.filePath, line: p.line });
	const parent = p.parentId === null ? undefined : table.clauses.get(p.parentId);
	table.clauses.set(p.id, makeClause(source.slug, p, parent, topicSlugs));
	table.fileOf.set(p.id, source.filePath);
	for (const alias of p.aliases) {
		const holder = table.aliases.get(alias);
		if (holder !== undefined) issues.push({ ...at, message: `alias ${JSON.stringify(alias)} is already an alias of ${holder}` });
		else table.aliases.set(alias, p.id);
	}
	return true;
}

/** Every document named in content/cited-works.yaml exists. */
function checkCitedWorks(works: CitedWorkEntry[], documentsBySlug: ReadonlyMap<string, LibraryDocument>): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const file = 'content/cited-works.yaml';
	for (const work of works) {
		if (work.document !== null && !documentsBySlug.has(work.document)) {
			issues.push({ file, message: `cited work ${work.id} names document ${JSON.stringify(work.document)}, which does not exist` });
		}
		for (const a of work.abbreviations) {
			for (const slug of a.documents) {
				if (!documentsBySlug.has(slug))
					issues.push({ file, message: `cited work ${work.id}: abbreviation 《${a.text}》 names document ${JSON.stringify(slug)}, which does not exist` });
			}
		}
	}
	return issues;
}

/** Every successor a document's validity names is another document of the library. */
function checkSuccessors(documents: LibraryDocument[], documentsBySlug: ReadonlyMap<string, LibraryDocument>): ContentIssue[] {
	return documents.flatMap((d) => {
		const next = d.meta.validity.successor;
		if (next === null) return [];
		if (next === d.slug) return [{ file: d.filePath, message: `validity.successor ${JSON.stringify(next)} is the document itself` }];
		return documentsBySlug.has(next) ? [] : [{ file: d.filePath, message: `validity.successor ${JSON.stringify(next)} is not a document of the library` }];
	});
}

/** No alias is also the id of a clause. */
function checkAliases(table: ClauseTable): ContentIssue[] {
	return [...table.aliases]
		.filter(([alias]) => table.where.has(alias))
		.map(([alias, holder]) => ({
			file: table.fileOf.get(holder)!,
			clause: holder,
			message: `alias ${JSON.stringify(alias)} is also the id of a clause at ${table.where.get(alias)!}`,
		}));
}

/** Each topic with its clauses in library order, and the same grouped by document. */
function groupTopics(topics: Topic[], ordered: Clause[]): TopicWithClauses[] {
	return topics.map((t) => {
		const tagged = ordered.filter((c) => c.topics.includes(t.slug));
		const byDocument: TopicWithClauses['byDocument'] = [];
		for (const c of tagged) {
			const last = byDocument.at(-1);
			if (last?.documentSlug === c.documentSlug) last.clauseIds.push(c.id);
			else byDocument.push({ documentSlug: c.documentSlug, clauseIds: [c.id] });
		}
		return { ...t, clauseIds: tagged.map((c) => c.id), byDocument };
	});
}

/** Newest first; documents of unknown date last; then by title. */
function compareDocuments(a: LibraryDocument, b: LibraryDocument): number {
	const da = a.meta.date.value;
	const db = b.meta.date.value;
	if (da !== db) {
		if (da === null) return 1;
		if (db === null) return -1;
		return db.localeCompare(da);
	}
	return a.meta.title.localeCompare(b.meta.title, 'zh-CN');
}
