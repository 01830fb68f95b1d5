import { parse } from 'node-html-parser';

/** The policy wording on a built page: the text of its data-text elements, in order. */
export function pagePolicyText(html: string): string[] {
	return parse(html)
		.querySelectorAll('[data-text]')
		.map((el) => el.text);
}

/** Whitespace runs as one space, trimmed: line layout is not wording. */
export function normalizeSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Splits a source line into sentences, each keeping its closing punctuation. */
export function sentences(line: string): string[] {
	return (line.match(/[^。！？；;!?]+[。！？；;!?]*|[。！？；;!?]+/g) ?? []).map(normalizeSpace).filter((s) => s.length > 0);
}

export interface VerbatimInput {
	/** the raw source file's lines that belong to the document */
	sourceLines: string[];
	/** first line number of sourceLines in the file */
	firstLine: number;
	omitted: { text: string; reason: string }[];
	/** the policy text elements of the built page */
	pageText: string[];
}

export interface VerbatimReport {
	/** source sentences that are not on the page */
	missing: { line: number; sentence: string }[];
	/** page paragraphs that are not in the source */
	invented: string[];
	/** source lines left out as boilerplate, with the reason */
	leftOut: { line: number; text: string; reason: string }[];
}

/**
 * Compares a built document page with its raw source, sentence by sentence: every sentence of
 * every source line must be on the page exactly (whitespace runs aside) and in the source's
 * order, each found after the one before it, so a dropped sentence cannot hide behind the same
 * words elsewhere on the page; unless the whole line is recorded as omitted boilerplate. And
 * every paragraph on the page must come from the source.
 */
export function checkVerbatim(input: VerbatimInput): VerbatimReport {
	const page = normalizeSpace(input.pageText.join(''));
	const omitted = new Map(input.omitted.map((o) => [normalizeSpace(o.text), o.reason]));
	const report: VerbatimReport = { missing: [], invented: [], leftOut: [] };
	let cursor = 0;
	input.sourceLines.forEach((raw, i) => {
		const line = normalizeSpace(raw);
		if (line.length === 0) return;
		const reason = omitted.get(line);
		if (reason !== undefined) {
			report.leftOut.push({ line: input.firstLine + i, text: line, reason });
			return;
		}
		for (const sentence of sentences(line)) {
			const at = page.indexOf(sentence, cursor);
			if (at < 0) report.missing.push({ line: input.firstLine + i, sentence });
			else cursor = at + sentence.length;
		}
	});
	const source = normalizeSpace(input.sourceLines.map(normalizeSpace).join(''));
	for (const text of input.pageText.map(normalizeSpace)) {
		if (text.length > 0 && !source.includes(text)) report.invented.push(text);
	}
	return report;
}
