/**
 * Scores the extraction against the hand-labelled set (labelled.json): precision and recall of
 * requirements and of achieved figures, how often the bound, period, value, measure family and
 * subject agree where both found the same number, and how many achieved figures were taken for
 * requirements. A number is matched by its sentence, its words (1次) and which occurrence of
 * those words it is.
 */
import type { Found } from '../../src/targets/extract-targets.ts';

/** One hand-labelled quantity. */
export interface LabelledQuantity {
	phrase: string;
	/** which occurrence of the phrase in the sentence, from 1 (default 1) */
	occurrence?: number;
	kind: 'requirement' | 'achievement';
	measure: string;
	bound?: string;
	value: number | null;
	unit: string | null;
	period?: string;
	subject?: string | null;
}

/** One sentence of the seven documents that holds a digit or a Chinese numeral, labelled by hand. */
export interface LabelledSentence {
	clause: string;
	sentence: string;
	quantities: LabelledQuantity[];
	note?: string;
}

/** Precision and recall of one kind. */
export interface Rates {
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	precision: number;
	recall: number;
}

/** The whole score, with the misses listed for the report. */
export interface Score {
	requirements: Rates;
	achievements: Rates;
	/** share of matched requirements whose field agrees with the label */
	agreement: { bound: number; period: number; value: number; family: number; subject: number };
	/** labelled achievements the extraction listed as requirements */
	achievementsAsRequirements: number;
	misses: string[];
}

function key(clause: string, sentence: string, phrase: string, occurrence: number): string {
	return [clause, sentence, phrase, occurrence].join('\u0000');
}

function occurrenceOf(f: Found): number {
	let n = 0;
	for (let i = f.sentence.indexOf(f.quantity.phrase); i >= 0 && i <= f.mark.start; i = f.sentence.indexOf(f.quantity.phrase, i + 1)) n++;
	return n;
}

function rates(tp: number, fp: number, fn: number): Rates {
	return {
		truePositives: tp,
		falsePositives: fp,
		falseNegatives: fn,
		precision: tp + fp === 0 ? 1 : tp / (tp + fp),
		recall: tp + fn === 0 ? 1 : tp / (tp + fn),
	};
}

/** Scores `found` (the extraction over the labelled clauses) against the labels; `family` names a measure's family. */
export function score(labelled: readonly LabelledSentence[], found: readonly Found[], family: (measure: string) => string): Score {
	const sentences = new Set(labelled.map((l) => `${l.clause}\u0000${l.sentence}`));
	const labels = new Map<string, LabelledQuantity>();
	for (const l of labelled) for (const q of l.quantities) labels.set(key(l.clause, l.sentence, q.phrase, q.occurrence ?? 1), q);
	const predicted = new Map<string, Found>();
	for (const f of found)
		if (sentences.has(`${f.clauseId}\u0000${f.sentence}`)) predicted.set(key(f.clauseId, f.sentence, f.quantity.phrase, occurrenceOf(f)), f);
	const misses: string[] = [];
	const count = { requirement: { tp: 0, fp: 0, fn: 0 }, achievement: { tp: 0, fp: 0, fn: 0 } };
	const agree = { bound: 0, period: 0, value: 0, family: 0, subject: 0 };
	let mixed = 0;
	for (const [k, f] of predicted) {
		const label = labels.get(k);
		const [clause, sentence] = k.split('\u0000');
		if (label?.kind === f.kind) {
			count[f.kind].tp++;
			if (f.kind !== 'requirement') continue;
			if (label.bound === f.bound) agree.bound++;
			if (label.period === f.period) agree.period++;
			if (label.value === f.quantity.value && label.unit === f.quantity.unit) agree.value++;
			if (family(label.measure) === f.family) agree.family++;
			if ((label.subject ?? null) === f.subject) agree.subject++;
		} else {
			count[f.kind].fp++;
			if (label?.kind === 'achievement' && f.kind === 'requirement') mixed++;
			misses.push(`extra ${f.kind} ${f.quantity.phrase} in ${clause!}: ${sentence!}`);
		}
	}
	for (const [k, label] of labels) {
		if (predicted.get(k)?.kind === label.kind) continue;
		count[label.kind].fn++;
		const [clause, sentence] = k.split('\u0000');
		misses.push(`missed ${label.kind} ${label.phrase} in ${clause!}: ${sentence!}`);
	}
	const matched = Math.max(1, count.requirement.tp);
	return {
		requirements: rates(count.requirement.tp, count.requirement.fp, count.requirement.fn),
		achievements: rates(count.achievement.tp, count.achievement.fp, count.achievement.fn),
		agreement: {
			bound: agree.bound / matched,
			period: agree.period / matched,
			value: agree.value / matched,
			family: agree.family / matched,
			subject: agree.subject / matched,
		},
		achievementsAsRequirements: mixed,
		misses,
	};
}
