/**
 * Sentences of a clause, as the targets table shows them: a requirement keeps the exact words of
 * the sentence it stands in. A sentence ends at 。！？；; or ! (a requirement list often runs on
 * with semicolons, each item its own sentence), together with any closing quote or bracket that
 * follows. The ASCII `?` is not an end: the sources use it as a stray placeholder inside quotes.
 */

/** One sentence of a paragraph, with its offset in that paragraph. */
export interface Sentence {
	text: string;
	/** offset of the first character in the paragraph */
	start: number;
}

const SENTENCE = /[^。！？；;!]+(?:[。！？；;!][”’」』》）)】]*)?|[。！？；;!][”’」』》）)】]*/g;

/** Splits a paragraph into sentences; their texts joined give the paragraph back unchanged. */
export function splitSentences(paragraph: string): Sentence[] {
	return [...paragraph.matchAll(SENTENCE)].filter((m) => m[0].trim() !== '').map((m) => ({ text: m[0], start: m.index }));
}
