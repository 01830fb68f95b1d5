/**
 * The shapes the importer's stages hand to each other. The importer turns one source file into
 * a draft document in small pure stages (decode → boilerplate → metadata → outline → ids →
 * suggestions → MDX), and each stage's input and output is written down here, so a stage can be
 * tested on its own with a fixture and the CLI only reads a file, runs the stages and writes.
 */

/** What kind of source a file is, by its contents. */
export type SourceKind = 'text' | 'html' | 'docx';

/** One line of the decoded source: its text and its 1-based line number in the decoded text. */
export interface SourceLine {
	line: number;
	text: string;
}

/** Facts a web page states outside its text (meta tags), used for metadata only. */
export interface PageHints {
	/** the page's publication date, YYYY-MM-DD, from a PubDate-style meta tag */
	published: string | null;
	/** the site's name (SiteName meta tag) */
	site: string | null;
	/** the page's address (canonical link or og:url) */
	url: string | null;
	/** the texts of the page's h1 (then h2) headings, where its title usually stands */
	headings: string[];
}

/** A source file decoded into lines of text, with what the decoder noticed. */
export interface DecodedSource {
	kind: SourceKind;
	/** how the bytes were read: UTF-8, GB18030, UTF-16LE, UTF-16BE, or the docx's XML */
	encoding: string;
	/** every line of the decoded text, blank lines included, numbered from 1 */
	lines: SourceLine[];
	hints: PageHints;
	warnings: ImportWarning[];
	/** what the decoder did that the editor should know, e.g. numbers restored from Word's numbering */
	notes: string[];
}

/** Something the editor must check; `line` is a line of the decoded source, `clause` a draft clause id. */
export interface ImportWarning {
	line?: number;
	clause?: string;
	message: string;
}

/** A line left out of the document as page furniture, with the rule's reason. */
export interface OmittedLine {
	line: number;
	text: string;
	reason: string;
	/** the metadata field this line states, when its rule names one (e.g. published) */
	field?: MetadataField;
	/** the value of that field, from the rule's first capture group */
	value?: string;
}

/** Fields a boilerplate rule can read from the line it leaves out. */
export type MetadataField = 'published' | 'site' | 'url';

/** A clause of the outline: the tree the importer drafts, before ids and suggestions. */
export interface OutlineClause {
	/** the number as printed, e.g. 一、 （二） 1. 01 一是 第三条; null for unnumbered parts */
	n: string | null;
	title: string | null;
	role: 'preamble' | 'closing' | null;
	/** which grammar rule made this clause: a marker kind, 'plain-heading', 'run-in', 'attachment' or a role */
	kind: string;
	/** the source line it starts on */
	line: number;
	/** paragraphs and sub-clauses in source order */
	blocks: OutlineBlock[];
}

/** A piece of an outline clause: a paragraph of its own text, or a sub-clause. */
export type OutlineBlock = { kind: 'text'; text: string; line: number } | { kind: 'clause'; clause: OutlineClause };

/** Why a file is not imported; the message names the file and says what to do instead. */
export class ImportRefusal extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportRefusal';
	}
}
