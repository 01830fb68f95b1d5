/**
 * The library model's types: what every page, the search index and the checks read. Types of
 * what editors write come from the schemas (z.infer), never written twice.
 */
import type { DocumentMeta } from '../schemas/document.ts';
import type { Topic } from '../schemas/topic.ts';
import type { RemovedClause } from '../schemas/removed-clause.ts';
import type { ShownValidity } from './validity.ts';

/** Kinds of declared relation between clauses; 相关 is an untyped one. */
export const relationTypes = ['落实', '细化', '同题', '引用', '相关'] as const;
/** A kind of declared relation. */
export type RelationType = (typeof relationTypes)[number];

/** A piece of a clause body, in source order: its own text or a child clause. */
export type ClauseBlock = { kind: 'text'; text: string } | { kind: 'clause'; id: string };

/** One clause: a numbered (or headed, or opening/closing) unit of a document. */
export interface Clause {
	id: string;
	documentSlug: string;
	/** the number as printed (一、 01 1. 一是), or null */
	n: string | null;
	title: string | null;
	role: 'preamble' | 'closing' | null;
	/** printed numbers of the ancestors and this clause, e.g. ["四、", "15"] */
	numberPath: string[];
	parentId: string | null;
	childIds: string[];
	blocks: ClauseBlock[];
	/** the clause's own paragraphs, without its children */
	text: string;
	topics: string[];
	/** source line of the opening tag, for messages */
	line: number;
	depth: number;
	/** earlier ids of this clause */
	aliases: string[];
	/** suggested topics or relations an editor has not confirmed yet (pending="…" in the MDX): shown as 待审 */
	pending?: ('topics' | 'related')[];
}

/** A relation as written by an editor on the clause `from`. */
export interface DeclaredRelation {
	from: string;
	to: string;
	type: RelationType;
}

/** A clause found similar by text and topics, not declared by an editor. */
export interface SimilarClause {
	id: string;
	score: number;
}

/** One document of the library with its clause tree. */
export interface LibraryDocument {
	slug: string;
	meta: DocumentMeta;
	/** ids of the top-level clauses, in order */
	clauseIds: string[];
	/** every clause id of the document in reading order */
	allClauseIds: string[];
	filePath: string;
	/** its validity as readers see it on the build date (期满失效 worked out) */
	validity: ShownValidity;
	/** this version's key (the date its version-pinned links name; null when its date is unknown) and how readers see it (2024年3月1日版) */
	version: { key: string | null; label: string };
}

/** One version of a document: the latest (the document itself) or an earlier one kept at its dated URL. */
export interface DocumentVersion {
	/** the date its text bears, naming its pinned URL: documents/<slug>/<key>.html */
	key: string;
	/** 2024年3月1日版 */
	label: string;
	latest: boolean;
	filePath: string;
	meta: DocumentMeta;
	/** ids of the top-level clauses, in order */
	clauseIds: string[];
	/** every clause id of the version in reading order */
	allClauseIds: string[];
	/** this version's clauses (for the latest, the library's own) */
	clauses: Map<string, Clause>;
}

/** Since which version a clause of a latest version has its present words. */
export interface ClauseHistory {
	/** unchanged since the first version, changed in `since`, or added in `since` */
	kind: 'original' | 'changed' | 'added';
	since: string;
	sinceLabel: string;
	/** the version before `since`, to compare with; null for an original clause */
	previous: string | null;
}

/** A clause an earlier version held and the latest does not. */
export interface GoneClause {
	id: string;
	/** its number and title in the last version that held it */
	label: string;
	lastIn: string;
	lastInLabel: string;
	/** the version that took it out */
	removedIn: string;
	removedInLabel: string;
}

/** A cited work and where it is cited. */
export interface CitedWork {
	id: string;
	title: string;
	/** every wording under which it is cited */
	variants: string[];
	documentSlug: string | null;
	citingClauseIds: string[];
}

/** A topic of the taxonomy with the clauses tagged with it. */
export interface TopicWithClauses extends Topic {
	/** clause ids in library order */
	clauseIds: string[];
	/** the same clause ids grouped by document, in library order */
	byDocument: { documentSlug: string; clauseIds: string[] }[];
}

/** The library model: built once from content, read by every page, the search index and the checks. */
export interface Library {
	documents: LibraryDocument[];
	documentsBySlug: Map<string, LibraryDocument>;
	clauses: Map<string, Clause>;
	topics: TopicWithClauses[];
	topicsBySlug: Map<string, TopicWithClauses>;
	outgoing: Map<string, DeclaredRelation[]>;
	incoming: Map<string, DeclaredRelation[]>;
	/** found when first read (see buildLibrary) */
	readonly similar: Map<string, SimilarClause[]>;
	citedWorks: CitedWork[];
	citedWorksById: Map<string, CitedWork>;
	/** cited work ids by citing clause */
	citationsByClause: Map<string, string[]>;
	/** earlier clause ids, to the clause that now carries them */
	aliases: Map<string, string>;
	/** published clauses that were taken out */
	removed: Map<string, RemovedClause>;
	/** the documents each document replaced (their validity names it as successor), by slug */
	replaced: Map<string, string[]>;
	/** every version of each document that has earlier ones, oldest first, the latest last */
	versions: Map<string, DocumentVersion[]>;
	/** since which version each clause of a document with earlier versions has its words */
	clauseHistory: Map<string, ClauseHistory>;
	/** clauses earlier versions held that the latest does not, by document slug */
	goneClauses: Map<string, GoneClause[]>;
	/** ids held only by earlier versions: the document and the last version that held each */
	earlierOnly: Map<string, { slug: string; key: string }>;
}
