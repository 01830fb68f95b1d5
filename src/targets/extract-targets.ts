/**
 * Extraction at build time: reads every clause of the library, sentence by sentence, and keeps
 * each quantity that is a requirement or an achieved figure, with its sentence verbatim, its
 * measure, bound, period and subject, and the clause's document and topics. Pure: the same
 * library gives the same targets, in library order.
 */
import type { Clause, Library } from '../library/types.ts';
import { classify } from './classify.ts';
import { familyOf, measureOf, actionAfter, subjectOf } from './measure.ts';
import { findQuantities } from './quantities.ts';
import { splitSentences } from './sentences.ts';
import type { Target } from './types.ts';

/** A target before it is numbered within its clause. */
export type Found = Omit<Target, 'id'>;
/** A target as one sentence gives it, before it is placed in its clause. */
export type SentenceTarget = Omit<Found, 'clauseId' | 'documentSlug' | 'topics' | 'offset'>;

/** What one sentence holds: its requirements and achieved figures, in order (clause fields left out). */
export function readSentence(sentence: string, genre: string): SentenceTarget[] {
	const quantities = findQuantities(sentence);
	const out: SentenceTarget[] = [];
	for (const q of quantities) {
		const reading = classify(sentence, q, quantities, genre);
		if (reading.kind === null) continue;
		const subject = reading.kind === 'requirement' ? subjectOf(sentence, q.start) : null;
		const measure = q.every ? actionAfter(sentence, q) : measureOf(sentence, q, quantities, subject);
		const quantity = { start: q.start, end: q.end, phrase: q.phrase, value: q.value, max: q.max, unit: q.unit, approximate: q.approximate };
		out.push({
			kind: reading.kind,
			sentence,
			mark: { start: q.start, end: q.end },
			quantity,
			measure,
			family: familyOf(measure),
			bound: reading.bound,
			period: reading.period,
			subject,
			origin: 'rules',
		});
	}
	return out;
}

/** What one clause's own text gives, before it is placed in the clause: each target with where its sentence starts in that text. */
export type TextTarget = [target: SentenceTarget, offset: number];

/** The targets of a clause's own text (its sub-clauses are read on their own): they depend on its text blocks and the document's 文种 only. */
export function textTargets(clause: Pick<Clause, 'blocks'>, genre: string): TextTarget[] {
	const out: TextTarget[] = [];
	let offset = 0;
	for (const block of clause.blocks) {
		if (block.kind !== 'text') continue;
		for (const sentence of splitSentences(block.text)) {
			for (const found of readSentence(sentence.text, genre)) out.push([found, offset + sentence.start]);
		}
		offset += block.text.length;
	}
	return out;
}

/** A clause's text targets placed in the clause: its id, document and topics. */
export function placeTargets(clause: Clause, found: readonly TextTarget[]): Found[] {
	return found.map(([target, offset]) => ({ ...target, clauseId: clause.id, documentSlug: clause.documentSlug, topics: clause.topics, offset }));
}

/** The targets of one clause's own text (its sub-clauses are read on their own). */
export function extractClause(clause: Clause, genre: string): Found[] {
	return placeTargets(clause, textTargets(clause, genre));
}

/** How a clause's text targets are found: by the rules (textTargets), or from those kept by an earlier build (kept-targets.ts). */
export type FindTextTargets = (clause: Clause, genre: string) => TextTarget[];

/** Every target the rules find in the library, in library order. */
export function extractTargets(library: Library, find: FindTextTargets = textTargets): Found[] {
	return library.documents.flatMap((document) =>
		document.allClauseIds.flatMap((id) => {
			const clause = library.clauses.get(id)!;
			return placeTargets(clause, find(clause, document.meta.genre));
		}),
	);
}

/** Gives each target its row anchor, t-<clause id>-<n>, counting the clause's targets in order from 1. */
export function numberTargets(found: readonly Found[]): Target[] {
	const counts = new Map<string, number>();
	return found.map((f) => {
		const n = (counts.get(f.clauseId) ?? 0) + 1;
		counts.set(f.clauseId, n);
		return { id: `t-${f.clauseId}-${n}`, ...f };
	});
}
