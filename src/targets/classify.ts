/**
 * Decides what a quantity in a sentence is: a requirement (and how it bounds its value, how
 * often it recurs), a figure a report says was achieved, or neither. The rules, as an analyst
 * would state them:
 * 1. A figure is a result when the sentence says something was done (已, 共, 累计, 覆盖, 开设了)
 *    or the document is a report or summary, and no obligation word (要, 应当, 确保…) frames it.
 *    Durations are never results.
 * 2. Otherwise a number is a requirement when the text bounds it (至少, 不少于, 以上, 以内,
 *    不超过…), ties it to a period (每年, 每季度, 年内) or to each unit (每人确定1个), is itself a
 *    frequency (每半年), or sets it with 为 in a prescribing document or under an obligation.
 * 3. A number of times (1次, 一次) done under an obligation is a requirement, once only unless a
 *    period is stated.
 * 4. Anything else (a count of the items listed, an elapsed time) is neither.
 */
import { AFTER, AT_LEAST, AT_LEAST_ADJACENT, AT_MOST, ACHIEVED, COPULA, OBLIGATION, PER_HEAD, periodBefore, voiceOf } from './cues.ts';
import { DURATION_UNITS, FREQUENCY_UNITS, type FoundQuantity } from './quantities.ts';
import type { Bound, Period, TargetKind } from './types.ts';

/** What a quantity is, with its bound and period when it is a requirement. */
export interface Reading {
	kind: TargetKind | null;
	bound: Bound | null;
	period: Period | null;
}

/** The comma-separated part of a sentence holding offset `at`: [start, end). */
export function clauseSpan(sentence: string, at: number): [number, number] {
	const breaks = /[，,：:]/g;
	let start = 0;
	for (const m of sentence.matchAll(breaks)) {
		if (m.index >= at) return [start, m.index];
		start = m.index + 1;
	}
	return [start, sentence.length];
}

function lastIndex(text: string, pattern: RegExp): number {
	let at = -1;
	for (const m of text.matchAll(pattern)) at = m.index;
	return at;
}

/** The bound the words around a quantity set, if any. */
export function boundOf(sentence: string, q: FoundQuantity, windowStart: number): Bound | null {
	if (q.max !== null) return 'range';
	const after = AFTER.exec(sentence.slice(q.end))?.[0];
	if (after === '以上' || after === '及以上') return 'at-least';
	if (after === '以下' || after === '及以下') return 'at-most';
	if (after !== undefined) return q.unit !== null && DURATION_UNITS.has(q.unit) ? 'within' : 'at-most';
	const before = sentence.slice(windowStart, q.start);
	const least = lastIndex(before, AT_LEAST);
	const most = lastIndex(before, AT_MOST);
	if (least < 0 && most < 0) return AT_LEAST_ADJACENT.test(before) ? 'at-least' : null;
	return least > most ? 'at-least' : 'at-most';
}

/** Reads one quantity of a sentence from a document of the given 文种; `all` are the sentence's quantities. */
export function classify(sentence: string, q: FoundQuantity, all: readonly FoundQuantity[], genre: string): Reading {
	const none: Reading = { kind: null, bound: null, period: null };
	const [clauseStart, clauseEnd] = clauseSpan(sentence, q.start);
	// A bound belongs to the nearest number: the window starts after the previous quantity of the part.
	const previous = all.filter((o) => o.end <= q.start && o.start >= clauseStart).at(-1);
	const windowStart = previous?.end ?? clauseStart;
	const before = sentence.slice(0, q.start);
	const clauseBefore = sentence.slice(clauseStart, q.start);
	const obliged = OBLIGATION.test(before) || OBLIGATION.test(sentence.slice(clauseStart, clauseEnd));
	const duration = q.unit !== null && DURATION_UNITS.has(q.unit);

	const everyBefore = all.filter((o) => o.every && o.end <= q.start && o.start >= clauseStart).at(-1);
	const period = (everyBefore?.phrase as Period | undefined) ?? periodBefore(clauseBefore);
	const bound = boundOf(sentence, q, windowStart);
	const perHead = PER_HEAD.test(clauseBefore);
	const frequency = q.unit !== null && FREQUENCY_UNITS.has(q.unit);
	const copula = COPULA.test(sentence.slice(windowStart, q.start)) && (obliged || voiceOf(genre) === 'prescribes');

	// 一项任务, 一支队伍: an article, unless a bound, a period or a quota makes it a count.
	if (q.bareOne && bound === null && !perHead && period === null) return none;
	if (!obliged && (ACHIEVED.test(sentence.slice(0, clauseEnd)) || voiceOf(genre) === 'reports')) {
		// 每人结伴三位教师 in a report describes how an activity works, not what it reached.
		return duration || q.every || perHead ? none : { kind: 'achievement', bound: null, period: null };
	}
	// 每两年召开一次: the period belongs to the count that follows it.
	if (q.every) {
		const counted = all.some((o) => o.start >= q.end && o.start < clauseEnd);
		return counted ? none : { kind: 'requirement', bound: 'exactly', period: q.phrase as Period };
	}
	if (bound !== null || period !== null || perHead || copula || (frequency && obliged)) {
		return { kind: 'requirement', bound: bound ?? 'exactly', period: period ?? (frequency ? '一次性' : '长期') };
	}
	return none;
}
