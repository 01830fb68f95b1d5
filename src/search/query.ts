/**
 * What the search page makes of what the reader typed: the question form taken out, the words
 * left cut by the shared segmenter, and each word's wordings from the synonym groups. The
 * ranking, the candidate sources and the "not in the library" notice all read this one
 * analysis, so they cannot disagree about what was asked.
 */
import { questionForm, type AnswerKind } from './question.ts';
import { fold, type ChineseSegmenter } from './segment.ts';
import { expandTerm, type SynonymGroup, type Wording } from './synonyms.ts';

/** A word of the query, and the wordings it is searched as (itself first). */
export interface QueryTerm {
	text: string;
	wordings: Wording[];
}

/** A query as the search reads it. */
export interface AnalysedQuery {
	/** the words searched for, in the order typed */
	terms: QueryTerm[];
	/** the query without its question form, folded and without punctuation or spaces: a clause holding it matches exactly */
	phrase: string;
	/** what the answer looks like, when the query is a question about a time or a quantity */
	answer: AnswerKind | null;
	/** question words taken out, as typed */
	asked: string[];
}

const IGNORED = /[\s\p{P}\p{S}]/gu;

/** Removes what matching ignores (punctuation, symbols, spaces) from a folded text. */
export function compact(folded: string): string {
	return folded.replace(IGNORED, '');
}

/** Analyses a query; `terms` is empty when nothing searchable is left. */
export function analyseQuery(query: string, segmenter: ChineseSegmenter, groups: readonly SynonymGroup[]): AnalysedQuery {
	// Spaces the reader typed separate words: fold each part on its own (fold drops spaces between Han characters).
	const folded = query
		.split(/\s+/)
		.map(fold)
		.filter((p) => p.length > 0)
		.join('\n');
	const { content, answer, asked } = questionForm(folded);
	const words = segmenter.queryTerms(content);
	return {
		terms: words.map((text) => ({ text, wordings: expandTerm(text, groups) })),
		phrase: compact(content),
		answer: words.length > 0 ? answer : null,
		asked,
	};
}
