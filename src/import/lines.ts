/**
 * Puts broken lines back together before the outline reads them. A text copied from a PDF or a
 * narrow page breaks sentences at the end of every printed line; a section title too long for
 * one line continues on the next. A sentence broken mid-way is joined to the line it belongs
 * to, so it never becomes a clause of its own; a heading's continuation is joined to the
 * heading. Every join is reported, so the editor can check it.
 */
import { ATTACHMENT_HEADER, TERMINAL, chars, matchMarker, kindRules } from './numbering.ts';
import type { ImportWarning, SourceLine } from './types.ts';

/** A paragraph of the body: one or more source lines joined, starting on `line`. */
export interface Unit {
	text: string;
	line: number;
	/** the source lines it joins */
	lines: number[];
	/** a blank or left-out line stands between this unit and the one before */
	gapBefore: boolean;
}

/** Lines at least this long that end without sentence punctuation were broken by the page, not the author. */
const WRAPPED = 30;
/** A heading's continuation is this short, and holds no punctuation. */
const CONTINUATION = 12;

/** True for a line that is a numbered heading: a number, then a title without sentence punctuation. */
export function isNumberedHeading(text: string): boolean {
	const m = matchMarker(text);
	if (!m || m.rest === '') return false;
	const rule = kindRules[m.kind];
	return (rule.title === 'heading' || rule.title === 'heading-or-lead') && headingRest(m.rest);
}

/** True for the rest of a line that reads as a heading's title: short, no sentence punctuation, not cut off. */
export function headingRest(rest: string): boolean {
	return rest !== '' && chars(rest).length <= 60 && !/[。！？；;!?]/.test(rest) && !/[，,、：:]$/.test(rest);
}

/** True for a line short enough and bare enough to be a heading without a number. */
export function isPlainHeading(text: string): boolean {
	const length = chars(text).length;
	return length >= 2 && length <= 30 && !/[。！？；;!?：:]/.test(text) && !/[，,、]$/.test(text) && !/^[—–\-（(]/.test(text);
}

/** Joins broken sentences and broken headings; returns the paragraphs and what was joined. */
export function joinLines(lines: SourceLine[]): { units: Unit[]; warnings: ImportWarning[] } {
	const units: Unit[] = [];
	const warnings: ImportWarning[] = [];
	const broken: number[] = [];
	const width = wrapWidth(lines);
	const full = (text: string) => chars(text).length >= (width ?? WRAPPED);
	let lastPhysical = '';
	lines.forEach((l, i) => {
		const prev = units.at(-1);
		const gapBefore = prev === undefined || l.line !== prev.lines.at(-1)! + 1;
		const startsNumbered = matchMarker(l.text) !== null || ATTACHMENT_HEADER.test(l.text);
		if (prev && !startsNumbered && headingContinues(prev.text, l.text, lines[i + 1]?.text)) {
			warnings.push({
				line: l.line,
				message: `joined to the heading on line ${prev.line}, read as broken over two lines: ${JSON.stringify(prev.text)} + ${JSON.stringify(l.text)}`,
			});
			prev.text += l.text;
			prev.lines.push(l.line);
			return;
		}
		const wrapped = full(lastPhysical) || /[，,、（(《“‘—]$/.test(lastPhysical) || /^[，,。、；;：:）)》”’]/.test(l.text);
		const cut = !TERMINAL.test(prev?.text ?? '。') && !isNumberedHeading(prev?.text ?? '') && (wrapped || !isPlainHeading(prev?.text ?? ''));
		if (prev && !gapBefore && !startsNumbered && cut && wrapped) {
			broken.push(l.line);
			prev.text += l.text;
			prev.lines.push(l.line);
		} else units.push({ text: l.text, line: l.line, lines: [l.line], gapBefore });
		lastPhysical = l.text;
	});
	if (broken.length > 0) {
		const shown = broken.slice(0, 12).join(', ') + (broken.length > 12 ? ', …' : '');
		warnings.push({ line: broken[0]!, message: `${broken.length} line(s) broken mid-sentence joined to the line before (lines ${shown})` });
	}
	return { units, warnings };
}

/**
 * The width a text was hard-wrapped at, if it was: most lines that end without sentence
 * punctuation have the same length (28 characters in a GB/T 9704 page copied from a PDF).
 */
function wrapWidth(lines: SourceLine[]): number | null {
	const open = lines.filter((l) => !TERMINAL.test(l.text)).map((l) => chars(l.text).length);
	const counts = new Map<number, number>();
	for (const n of open) if (n >= 16) counts.set(n, (counts.get(n) ?? 0) + 1);
	const [width, count] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
	return count >= 5 && count * 10 >= lines.length * 3 ? width - 1 : null;
}

/** A numbered heading's title continuing on a short bare line, with the next number right after it. */
function headingContinues(heading: string, line: string, after: string | undefined): boolean {
	return isNumberedHeading(heading) && chars(line).length <= CONTINUATION && !/\p{P}/u.test(line) && after !== undefined && matchMarker(after) !== null;
}
