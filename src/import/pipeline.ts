/**
 * The importer as one pure function: a source file's bytes in, a draft document out. The stages
 * run in order (decode → boilerplate → metadata → outline → ids → suggestions → MDX → check) and
 * each is a module of its own with its own tests; this module only passes each stage's output to
 * the next and gathers what the editor must check. A revision of a document takes its ids, and
 * its reviewed topics and relations, from the current version where a clause carries over
 * (carry-ids.ts). It reads and writes no file: the CLI (scripts/import.ts) does that.
 */
import { carryIds, type CarryReport } from './carry-ids.ts';
import { omittedEntries, stripBoilerplate, type BoilerplateRules } from './boilerplate.ts';
import { decodeSource } from './decode.ts';
import { draftToMdx, type DraftClause } from './emit-mdx.ts';
import { assignIds, flatten, prefixFor } from './ids.ts';
import type { Random } from '../utils/random.ts';
import { draftMetadata, type DraftMeta } from './metadata.ts';
import { buildOutline } from './outline.ts';
import type { CurrentVersion } from './revision.ts';
import { suggestRelated } from './suggest-related.ts';
import { trainTopics, type TopicExample } from './suggest-topics.ts';
import type { DecodedSource, ImportWarning, OutlineClause } from './types.ts';
import { verifyDraft, type DraftCheck } from './verify-draft.ts';
import type { Library } from '../library/types.ts';

/** What the importer needs: the file, the rules, the library it joins, and where ids come from. */
export interface ImportInput {
	/** the source file's name, as it will be kept in content/sources */
	sourceFile: string;
	bytes: Uint8Array;
	rules: BoilerplateRules;
	/** the library the document joins (for suggestions and prefixes), or null for none */
	library: Library | null;
	/** every id already used: clauses, aliases, removed and recorded ids */
	taken: Set<string>;
	slug: string;
	prefix: string | null;
	random: Random;
	/** today's date, for the draft's header comment */
	today: string;
	/** the current version this draft revises: its prefix, and the ids, topics and relations that carry over */
	revises?: CurrentVersion;
	/** the revision's version key, written as `version` (--version); left out to use its date */
	version?: string;
}

/** The draft and everything the review shows. */
export interface ImportResult {
	slug: string;
	prefix: string;
	mdx: string;
	meta: DraftMeta;
	clauses: DraftClause[];
	decoded: DecodedSource;
	omitted: { line: number; text: string; reason: string }[];
	warnings: ImportWarning[];
	check: DraftCheck;
	/** for a revision, which ids carried over from the current version; null for a new document */
	carried: CarryReport | null;
}

/** A clause's own words, and its sub-clauses' when it has none (a section heading), for suggestions. */
function wordsOf(c: OutlineClause): string {
	const own = c.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])).join('');
	const below = own === '' ? flatten(c.blocks.flatMap((b) => (b.kind === 'clause' ? [b.clause] : []))).map(wordsOf) : [];
	return `${c.title ?? ''}${own}${below.join('')}`;
}

/** Runs the whole pipeline on one source file. Throws ImportRefusal when the file cannot be imported. */
export function importSource(input: ImportInput): ImportResult {
	const decoded = decodeSource(input.sourceFile, input.bytes);
	const stripped = stripBoilerplate(decoded.lines, input.rules);
	const drafted = draftMetadata(stripped.kept, stripped.omitted, decoded.kind, decoded.hints, input.rules);
	const outline = buildOutline(drafted.body);
	const omitted = [...stripped.omitted, ...drafted.omitted].sort((a, b) => a.line - b.line);

	const usedPrefixes = new Set([...(input.library?.clauses.keys() ?? [])].map((id) => id.split('-')[0]!));
	const prefix = input.revises?.prefix ?? input.prefix ?? prefixFor(input.slug, usedPrefixes);
	const carry = input.revises === undefined ? null : carryIds(input.revises.clauses, outline.clauses, prefix, input.taken, input.random);
	const ids = carry?.ids ?? assignIds(outline.clauses, prefix, input.taken, input.random);
	const flat = flatten(outline.clauses);
	const idOf = new Map(flat.map((c, i) => [c, ids[i]!]));
	// A clause that carries over keeps what editors reviewed on it: topics, relations, aliases.
	const carried = new Map(carry?.report.matched.map((m) => [m.id, input.revises!.clauses.find((c) => c.id === m.id)!]));

	const classify = input.library === null ? null : trainTopics(topicExamples(input.library));
	const topicsOf = new Map(flat.map((c) => [c, classify?.(wordsOf(c)) ?? []]));
	const related =
		input.library === null
			? new Map<string, string[]>()
			: suggestRelated(
					input.library,
					input.slug,
					flat.map((c) => ({ id: idOf.get(c)!, n: c.n, title: c.title, text: wordsOf(c), topics: topicsOf.get(c)! })),
				);
	const toDraft = (c: OutlineClause): DraftClause => {
		const id = idOf.get(c)!;
		const before = carried.get(id);
		const topics = before?.topics ?? topicsOf.get(c)!;
		const rel = before?.related ?? related.get(id) ?? [];
		const pending = (kind: 'topics' | 'related', list: string[]) => list.length > 0 && (before === undefined || before.pending.includes(kind));
		return {
			id,
			n: c.n,
			title: c.title,
			role: c.role,
			topics,
			related: rel,
			...(before === undefined || before.aliases.length === 0 ? {} : { aliases: before.aliases }),
			pending: [...(pending('topics', topics) ? (['topics'] as const) : []), ...(pending('related', rel) ? (['related'] as const) : [])],
			blocks: c.blocks.map((b) => (b.kind === 'text' ? { kind: 'text', text: b.text } : { kind: 'clause', clause: toDraft(b.clause) })),
			line: c.line,
		};
	};
	const clauses = outline.clauses.map(toDraft);

	const meta = drafted.meta;
	const frontmatter = {
		title: meta.title ?? '（标题待补）',
		titleSource: meta.title === null ? 'editorial' : 'source',
		headline: meta.headline,
		genre: meta.genre,
		issuer: meta.issuer,
		level: meta.level,
		region: null,
		date: meta.date,
		source: { file: input.sourceFile, lines: `1-${decoded.lines.length}`, site: meta.site, url: meta.url, published: meta.published },
		docNumber: meta.docNumber,
		addressee: meta.addressee,
		attachments: meta.attachments,
		editorialNote: null,
		omitted: omittedEntries(omitted),
		...(input.version === undefined ? {} : { version: input.version }),
	};
	const header = [
		`Drafted by npm run import from ${input.sourceFile} (${decoded.kind}, ${decoded.encoding}) on ${input.today}.`,
		'Check every field against the source: what it does not state is null or unknown, never guessed.',
	];
	const { mdx, titlesAsText } = draftToMdx(frontmatter, clauses, header);
	const check = verifyDraft(
		`documents/${input.slug}.mdx`,
		mdx,
		clauses,
		decoded.lines.map((l) => l.text),
		titlesAsText,
	);

	const warnings: ImportWarning[] = [...decoded.warnings, ...drafted.warnings, ...outline.warnings];
	for (const id of titlesAsText)
		warnings.push({ clause: id, message: 'its title holds both kinds of straight quote, which no attribute can hold: printed as its first paragraph instead' });
	for (const p of check.problems) warnings.push({ message: `the draft would not build: ${p}` });
	for (const m of check.verbatim.missing)
		warnings.push({ line: m.line, message: `verbatim check: this sentence of the source is not in the draft: ${JSON.stringify(m.sentence.slice(0, 40))}` });
	for (const t of check.verbatim.invented)
		warnings.push({ message: `verbatim check: this text of the draft is not in the source: ${JSON.stringify(t.slice(0, 40))}` });
	const starts = flat.map((c, i) => ({ line: c.line, id: ids[i]! })).sort((a, b) => a.line - b.line);
	for (const w of warnings) {
		if (w.line === undefined || w.clause !== undefined) continue;
		const at = starts.findLast((s) => s.line <= w.line!);
		if (at) w.clause = at.id;
	}
	return { slug: input.slug, prefix, mdx, meta, clauses, decoded, omitted, warnings, check, carried: carry?.report ?? null };
}

/** What the topic classifier learns from: every tagged clause, and each topic's name and description. */
export function topicExamples(library: Library): TopicExample[] {
	return [
		...[...library.clauses.values()].map((c) => ({ text: libraryWords(library, c.id), topics: c.topics })),
		...library.topics.map((t) => ({ text: `${t.name}${t.description}`, topics: [t.slug] })),
	];
}

/** A library clause's words for the topic classifier: title and text, and its sub-clauses' when it has no text. */
export function libraryWords(library: Library, id: string): string {
	const c = library.clauses.get(id)!;
	const below = c.text === '' ? c.childIds.map((child) => libraryWords(library, child)).join('') : '';
	return `${c.title ?? ''}${c.text}${below}`;
}
