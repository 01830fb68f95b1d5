/**
 * Editors' corrections to the extraction (content/target-corrections.yaml): drop a false find,
 * add a requirement the rules missed, by clause id and phrase. Every correction is checked
 * against the library on every build: the clause must exist and the phrase must still occur
 * in it verbatim, or the build stops naming the file, line, clause and phrase. The number of an
 * added target is read from the clause's words, never from the editor's: nothing is invented.
 */
import { existsSync, readFileSync } from 'node:fs';
import { LibraryError, type ContentIssue } from '../library/errors.ts';
import { parseYamlWithLines } from '../library/read-yaml.ts';
import type { Library } from '../library/types.ts';
import { targetCorrectionSchema, type TargetCorrection } from '../schemas/target-correction.ts';
import { familyOf } from './measure.ts';
import { NUMBER_SOURCE, parseNumber } from './numerals.ts';
import { findQuantities } from './quantities.ts';
import { splitSentences } from './sentences.ts';
import type { Found } from './extract-targets.ts';
import type { Quantity } from './types.ts';

/** A correction with the line it starts on, for messages. */
export interface LocatedCorrection {
	correction: TargetCorrection;
	line: number;
}

/** Reads the corrections file (absent: no corrections); a YAML or schema problem stops the build with its line. */
export function readCorrections(file: string, shown: string): LocatedCorrection[] {
	if (!existsSync(file)) return [];
	const { yaml, errors } = parseYamlWithLines(readFileSync(file, 'utf8'));
	if (!yaml) throw new LibraryError(errors.map((e) => ({ file: shown, line: e.line, message: `YAML syntax error: ${e.message}` })));
	if (yaml.data === null) return [];
	if (!Array.isArray(yaml.data)) throw new LibraryError([{ file: shown, line: 1, message: 'the file must be a list of corrections (- clause: …)' }]);
	const issues: ContentIssue[] = [];
	const out: LocatedCorrection[] = [];
	(yaml.data as unknown[]).forEach((data, i) => {
		const line = yaml.lineOf([i]) ?? 1;
		const parsed = targetCorrectionSchema.safeParse(data);
		const clause = typeof data === 'object' && data !== null && 'clause' in data ? String(data.clause) : undefined;
		if (parsed.success) out.push({ correction: parsed.data, line });
		else
			for (const issue of parsed.error.issues)
				issues.push({
					file: shown,
					line: yaml.lineOf([i, ...issue.path]) ?? line,
					...(clause ? { clause } : {}),
					message: `${issue.path.join('.') || 'correction'}: ${issue.message}`,
				});
	});
	if (issues.length > 0) throw new LibraryError(issues);
	return out;
}

/** Every place a phrase occurs in a text. */
function occurrences(text: string, phrase: string): number[] {
	const at: number[] = [];
	for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) at.push(i);
	return at;
}

/** The sentences of a clause's own text, with their offsets in Clause.text. */
function sentencesOf(library: Library, clauseId: string): { text: string; offset: number }[] {
	const out: { text: string; offset: number }[] = [];
	let offset = 0;
	for (const block of library.clauses.get(clauseId)!.blocks) {
		if (block.kind !== 'text') continue;
		for (const s of splitSentences(block.text)) out.push({ text: s.text, offset: offset + s.start });
		offset += block.text.length;
	}
	return out;
}

/** The quantity the editor marks: as the rules read it where they find one there, else read from the words themselves. */
function markedQuantity(sentence: string, start: number, mark: string): Quantity | null {
	const known = findQuantities(sentence).find((q) => q.start === start && q.end === start + mark.length);
	if (known) return { start, end: known.end, phrase: known.phrase, value: known.value, max: known.max, unit: known.unit, approximate: known.approximate };
	const m = new RegExp(`^(每)?(${NUMBER_SOURCE})(余|多)?(.*)$`).exec(mark);
	if (!m) return null;
	return {
		start,
		end: start + mark.length,
		phrase: mark,
		value: m[1] ? null : parseNumber(m[2]!),
		max: null,
		unit: m[4] || null,
		approximate: m[3] !== undefined,
	};
}

/**
 * Applies the corrections to the rules' finds. Problems (an unknown clause, a phrase that no
 * longer occurs, a drop that drops nothing, an add without a number) are collected and thrown
 * together as one LibraryError.
 */
export function applyCorrections(found: readonly Found[], corrections: readonly LocatedCorrection[], library: Library, file: string): Found[] {
	const issues: ContentIssue[] = [];
	let result = [...found];
	for (const { correction: c, line } of corrections) {
		const at = { file, line, clause: c.clause };
		const clause = library.clauses.get(c.clause);
		if (!clause) {
			const renamed = library.aliases.get(c.clause);
			issues.push({ ...at, message: `clause ${JSON.stringify(c.clause)} does not exist${renamed ? `; it is now ${renamed}` : ''}` });
			continue;
		}
		const places = occurrences(clause.text, c.phrase);
		if (places.length === 0) {
			issues.push({ ...at, message: `phrase ${JSON.stringify(c.phrase)} no longer occurs in the clause's text` });
			continue;
		}
		if (c.action === 'drop') {
			const inside = (f: Found) => f.clauseId === c.clause && places.some((p) => f.offset + f.mark.start >= p && f.offset + f.mark.end <= p + c.phrase.length);
			if (!result.some(inside))
				issues.push({ ...at, message: `drop: no extracted target lies in phrase ${JSON.stringify(c.phrase)}; the correction is stale` });
			result = result.filter((f) => !inside(f));
			continue;
		}
		if (places.length > 1) {
			issues.push({ ...at, message: `phrase ${JSON.stringify(c.phrase)} occurs ${places.length} times in the clause; lengthen it so that it names one place` });
			continue;
		}
		const sentence = sentencesOf(library, c.clause).find((s) => s.offset <= places[0]! && places[0]! + c.phrase.length <= s.offset + s.text.length);
		if (!sentence) {
			issues.push({ ...at, message: `phrase ${JSON.stringify(c.phrase)} runs over two sentences; a target stands in one` });
			continue;
		}
		const mark = c.mark ?? findQuantities(c.phrase)[0]?.phrase ?? c.phrase;
		const within = c.phrase.indexOf(mark);
		const quantity = within < 0 ? null : markedQuantity(sentence.text, places[0]! - sentence.offset + within, mark);
		if (quantity === null) {
			issues.push({ ...at, message: `add: ${within < 0 ? `mark ${JSON.stringify(mark)} is not in the phrase` : `no number in ${JSON.stringify(mark)}`}` });
			continue;
		}
		const added: Found = {
			kind: c.kind,
			clauseId: c.clause,
			documentSlug: clause.documentSlug,
			sentence: sentence.text,
			offset: sentence.offset,
			mark: { start: quantity.start, end: quantity.end },
			quantity,
			measure: c.measure,
			family: familyOf(c.measure),
			bound: c.kind === 'requirement' ? (c.bound ?? 'exactly') : null,
			period: c.kind === 'requirement' ? (c.period ?? '长期') : null,
			subject: c.subject ?? null,
			topics: clause.topics,
			origin: 'editor',
		};
		result = result.filter((f) => !(f.clauseId === c.clause && f.offset === added.offset && f.mark.start === added.mark.start));
		result.push(added);
	}
	if (issues.length > 0) throw new LibraryError(issues);
	return result;
}
