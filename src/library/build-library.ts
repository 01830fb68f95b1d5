import type { CitedWorkEntry } from '../schemas/cited-work.ts';
import type { DocumentMeta } from '../schemas/document.ts';
import type { Topic } from '../schemas/topic.ts';
import { collectCitations } from './citations.ts';
import { LibraryError, type ContentIssue } from './errors.ts';
import { untimed, type Timer } from '../build/stages.ts';
import { parseClauses } from './parse-clauses.ts';
import { computeSimilar } from './similar-clauses.ts';
import { checkStability, type ClauseRegistry, type RemovedClause } from './stability.ts';
import { relationTypes, type Clause, type DeclaredRelation, type Library, type LibraryDocument, type RelationType, type TopicWithClauses } from './types.ts';

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

export interface LibraryInput {
	documents: DocumentSource[];
	topics: Topic[];
	citedWorks: CitedWorkEntry[];
	/** published clause ids and fingerprints (content/clause-registry.json) */
	registry?: ClauseRegistry;
	/** published clauses taken out (content/removed-clauses.yaml) */
	removed?: RemovedClause[];
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
	const clauses = new Map<string, Clause>();
	const fileOf = new Map<string, string>();
	const fileOfClause = new Map<string, string>();
	const aliases = new Map<string, string>();
	const rawRelations: { from: string; entry: string; file: string; line: number }[] = [];
	const documents: LibraryDocument[] = [];

	const sources = [...input.documents].sort((a, b) => a.slug.localeCompare(b.slug));
	time('loading content: clauses', () => {
		for (const source of sources) {
			const parsed = parseClauses(source.filePath, source.body, source.bodyLineOffset);
			issues.push(...parsed.issues);
			const allClauseIds: string[] = [];
			for (const p of parsed.clauses) {
				const earlier = fileOf.get(p.id);
				if (earlier !== undefined) {
					issues.push({
						file: source.filePath,
						line: p.line,
						clause: p.id,
						message: `duplicate clause id ${JSON.stringify(p.id)}; already used at ${earlier}`,
					});
					continue;
				}
				fileOf.set(p.id, `${source.filePath}:${p.line}`);
				for (const t of p.topics) {
					if (!topicSlugs.has(t)) {
						issues.push({
							file: source.filePath,
							line: p.line,
							clause: p.id,
							message: `unknown topic ${JSON.stringify(t)}; topics are listed in content/topics.yaml`,
						});
					}
				}
				for (const entry of p.related) rawRelations.push({ from: p.id, entry, file: source.filePath, line: p.line });
				const parent = p.parentId === null ? undefined : clauses.get(p.parentId);
				const clause: Clause = {
					id: p.id,
					documentSlug: source.slug,
					n: p.n,
					title: p.title,
					role: p.role,
					numberPath: [...(parent?.numberPath ?? []), ...(p.n === null ? [] : [p.n])],
					parentId: p.parentId,
					childIds: p.childIds,
					blocks: p.blocks,
					text: p.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])).join(''),
					topics: p.topics.filter((t) => topicSlugs.has(t)),
					line: p.line,
					depth: p.depth,
					aliases: p.aliases,
				};
				clauses.set(p.id, clause);
				fileOfClause.set(p.id, source.filePath);
				for (const alias of p.aliases) {
					const holder = aliases.get(alias);
					if (holder !== undefined)
						issues.push({ file: source.filePath, line: p.line, clause: p.id, message: `alias ${JSON.stringify(alias)} is already an alias of ${holder}` });
					else aliases.set(alias, p.id);
				}
				allClauseIds.push(p.id);
			}
			documents.push({
				slug: source.slug,
				meta: source.meta,
				filePath: source.filePath,
				clauseIds: parsed.clauses.filter((c) => c.parentId === null).map((c) => c.id),
				allClauseIds,
			});
		}
	});

	const outgoing = new Map<string, DeclaredRelation[]>();
	const incoming = new Map<string, DeclaredRelation[]>();
	for (const raw of rawRelations) {
		const m = /^(?:([^:]+):)?(.+)$/.exec(raw.entry)!;
		const type = (m[1] ?? '相关') as RelationType;
		const to = m[2]!;
		if (!relationTypes.includes(type)) {
			issues.push({
				file: raw.file,
				line: raw.line,
				clause: raw.from,
				message: `unknown relation type ${JSON.stringify(m[1])} in ${JSON.stringify(raw.entry)}; expected ${relationTypes.join('、')}`,
			});
			continue;
		}
		if (!clauses.has(to)) {
			issues.push({
				file: raw.file,
				line: raw.line,
				clause: raw.from,
				message: `relation ${JSON.stringify(raw.entry)} points to clause ${JSON.stringify(to)}, which does not exist`,
			});
			continue;
		}
		if (to === raw.from) {
			issues.push({ file: raw.file, line: raw.line, clause: raw.from, message: `relation ${JSON.stringify(raw.entry)} points to the clause itself` });
			continue;
		}
		const relation: DeclaredRelation = { from: raw.from, to, type };
		pushTo(outgoing, raw.from, relation);
		pushTo(incoming, to, relation);
	}

	const documentsBySlug = new Map(documents.map((d) => [d.slug, d]));
	for (const work of input.citedWorks) {
		if (work.document !== null && !documentsBySlug.has(work.document)) {
			issues.push({ file: 'content/cited-works.yaml', message: `cited work ${work.id} names document ${JSON.stringify(work.document)}, which does not exist` });
		}
		for (const a of work.abbreviations) {
			for (const slug of a.documents) {
				if (!documentsBySlug.has(slug)) {
					issues.push({
						file: 'content/cited-works.yaml',
						message: `cited work ${work.id}: abbreviation 《${a.text}》 names document ${JSON.stringify(slug)}, which does not exist`,
					});
				}
			}
		}
	}

	for (const [alias, holder] of aliases) {
		if (fileOf.has(alias))
			issues.push({
				file: fileOfClause.get(holder)!,
				clause: holder,
				message: `alias ${JSON.stringify(alias)} is also the id of a clause at ${fileOf.get(alias)}`,
			});
	}
	const removed = input.removed ?? [];
	if (input.registry) {
		const located = new Map([...clauses].map(([id, c]) => [id, { ...c, file: fileOfClause.get(id)! }]));
		issues.push(...checkStability(located, aliases, input.registry, removed));
	}

	if (issues.length > 0) throw new LibraryError(issues);

	documents.sort(compareDocuments);
	const ordered = documents.flatMap((d) => d.allClauseIds.map((id) => clauses.get(id)!));
	const topics = input.topics.map((t) => {
		const tagged = ordered.filter((c) => c.topics.includes(t.slug));
		const byDocument: TopicWithClauses['byDocument'] = [];
		for (const c of tagged) {
			const last = byDocument.at(-1);
			if (last?.documentSlug === c.documentSlug) last.clauseIds.push(c.id);
			else byDocument.push({ documentSlug: c.documentSlug, clauseIds: [c.id] });
		}
		return { ...t, clauseIds: tagged.map((c) => c.id), byDocument };
	});
	const { works, byClause } = collectCitations(ordered, documents, input.citedWorks);

	const similar = time('relations', () => computeSimilar(ordered, outgoing, incoming));
	return {
		documents,
		documentsBySlug,
		clauses,
		topics,
		topicsBySlug: new Map(topics.map((t) => [t.slug, t])),
		outgoing,
		incoming,
		similar,
		citedWorks: works,
		citedWorksById: new Map(works.map((w) => [w.id, w])),
		citationsByClause: byClause,
		aliases,
		removed: new Map(removed.map((r) => [r.id, r])),
	};
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

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
