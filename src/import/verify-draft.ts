/**
 * Checks a draft as the build and the verbatim test will: the frontmatter against the schema,
 * the body through the library's own clause parser (so an escaping slip shows here, not in the
 * build), and the wording against the decoded source, sentence by sentence, with the library's
 * verbatim check (src/checks/verbatim.ts): every source line is in the draft, in order, unless
 * it is recorded as left out, and nothing is in the draft that is not in the source.
 */
import { parse as parseYaml } from 'yaml';
import { checkVerbatim, type VerbatimReport } from '../checks/verbatim.ts';
import { numberSeparator } from '../library/clause-label.ts';
import { parseClauses, type ParsedClause } from '../library/parse-clauses.ts';
import { splitMdx } from '../library/read-data.ts';
import { documentSchema } from '../schemas/document.ts';
import type { DraftClause } from './emit-mdx.ts';

/** What the check found: problems that would stop the build, and the verbatim report. */
export interface DraftCheck {
	problems: string[];
	verbatim: VerbatimReport;
}

/** The policy text a document page shows, in order, read from the parsed clauses: as ClauseView renders it. */
export function draftPageText(title: string | null, headline: string | null, clauses: ParsedClause[]): string[] {
	const byId = new Map(clauses.map((c) => [c.id, c]));
	const out: string[] = [...(title === null ? [] : [title]), ...(headline === null ? [] : [headline])];
	const walk = (c: ParsedClause) => {
		if (c.n !== null) out.push(`${c.n}${c.title !== null ? numberSeparator(c.n) : ''}`);
		if (c.title !== null) out.push(c.title);
		for (const b of c.blocks) {
			if (b.kind === 'text') out.push(b.text);
			else walk(byId.get(b.id)!);
		}
	};
	clauses.filter((c) => c.parentId === null).forEach(walk);
	return out;
}

/** Checks the MDX of a draft against the clauses meant and the source lines it was drafted from. */
export function verifyDraft(file: string, mdx: string, meant: DraftClause[], sourceLines: string[], titlesAsText: string[] = []): DraftCheck {
	const problems: string[] = [];
	const split = splitMdx(mdx);
	if (split === null) return { problems: [`${file}: no frontmatter`], verbatim: { missing: [], invented: [], leftOut: [] } };
	const meta = documentSchema.safeParse(parseYaml(split.frontmatter));
	if (!meta.success) problems.push(...meta.error.issues.map((i) => `${file}: frontmatter ${i.path.join('.')}: ${i.message}`));
	const parsed = parseClauses(file, split.body, split.bodyLineOffset);
	problems.push(...parsed.issues.map((i) => `${file}:${i.line ?? '?'} ${i.clause ? `[clause ${i.clause}] ` : ''}${i.message}`));

	// The parser must read back exactly the clauses that were written.
	const flat: DraftClause[] = [];
	const walk = (c: DraftClause) => {
		flat.push(c);
		for (const b of c.blocks) if (b.kind === 'clause') walk(b.clause);
	};
	meant.forEach(walk);
	flat.forEach((c, i) => {
		const p = parsed.clauses[i];
		const moved = titlesAsText.includes(c.id) && c.title !== null;
		const texts = [...(moved ? [c.title!] : []), ...c.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []))];
		const readTexts = p?.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])) ?? [];
		if (!p || p.id !== c.id || p.n !== c.n || p.title !== (moved ? null : c.title) || JSON.stringify(readTexts) !== JSON.stringify(texts)) {
			problems.push(`${file}: clause ${c.id} (line ${c.line}) does not read back as written: MDX escaping lost or changed its text`);
		}
	});

	const data = meta.success ? meta.data : null;
	const pageText = draftPageText(data && data.titleSource !== 'editorial' ? data.title : null, data?.headline ?? null, parsed.clauses);
	const verbatim = checkVerbatim({ sourceLines, firstLine: 1, omitted: data?.omitted ?? [], pageText });
	return { problems, verbatim };
}
