/**
 * Reads the numbers in a body's paragraphs and what each paragraph is: a numbered clause, a
 * heading without a number, a paragraph opening with a run-in title, an attachment's heading,
 * the start of the closing text, or plain text. A number at the start of a paragraph is always a
 * number; one inside a paragraph (…。二是…) counts only where it continues or starts a list
 * that goes on (一是 followed by 二是), so 统一是 or a stray 二、 in a sentence stays text.
 */
import type { Unit } from './lines.ts';
import { headingRest, isPlainHeading } from './lines.ts';
import { ATTACHMENT_HEADER, DOC_NUMBER, INLINE_BEFORE, PRINTED_DATE, chars, kindRules, matchMarker, type Marker, type MarkerKind } from './numbering.ts';

/** A number found in the body: in paragraph `unit`, at character `at` (0 for the paragraph's start). */
export interface Found {
	unit: number;
	at: number;
	marker: Marker;
}

/** What a paragraph is, for the outline. */
export type UnitRole = 'text' | 'attachment' | 'plain-heading' | 'run-in';

/** The body read: accepted numbers in order, each paragraph's role, and where the closing text starts. */
export interface Segmented {
	numbers: Found[];
	roles: UnitRole[];
	/** first paragraph of the closing text (formula, signature, date), or the number of paragraphs */
	closingStart: number;
}

const CLOSING =
	/^(特此(通知|报告|通报|函告|批复|公告|通告|说明)|此复|以上(意见|报告|方案|通知)|联\s*系\s*人|联系电话|联系方式|联系地址|电子(信箱|邮箱)|邮\s*箱\s*[:：]|传\s*真\s*[:：]|谢谢大家|谢谢[！!]|(作者|署名|撰稿)\s*[:：])/;
const RUN_IN = /^([^。！？；;!?，,、：:“”"]{2,16}。)(\S.*)$/;

/** Every number that may start a clause, at a paragraph's start or after punctuation inside it. */
function candidates(units: Unit[]): Found[] {
	const out: Found[] = [];
	units.forEach((u, unit) => {
		const first = matchMarker(u.text);
		if (first) out.push({ unit, at: 0, marker: first });
		const points = chars(u.text);
		let offset = 0;
		for (let i = 0; i < points.length; offset += points[i]!.length, i++) {
			if (i === 0 || !INLINE_BEFORE.test(points[i - 1]!)) continue;
			const m = matchMarker(u.text.slice(offset));
			if (m && kindRules[m.kind].inline) out.push({ unit, at: offset, marker: m });
		}
	});
	return out;
}

/** Keeps the numbers that are numbers: every one at a paragraph's start, and run-in ones that make a list. */
function accept(found: Found[]): Found[] {
	const lists = new Map<MarkerKind, number[]>();
	const lastRanked = new Map<MarkerKind, number>();
	const kept: Found[] = [];
	found.forEach((f, i) => {
		const { kind, ordinal } = f.marker;
		const ranked = kindRules[kind].rank !== null;
		const stack = lists.get(kind) ?? [];
		const continues = stack.lastIndexOf(ordinal - 1);
		const followedBySecond = () => {
			for (const g of found.slice(i + 1)) {
				if (g.at === 0 && kindRules[g.marker.kind].rank !== null && g.marker.kind !== kind) return false;
				if (g.marker.kind === kind && g.marker.ordinal === 2) return ranked ? g.unit === f.unit : true;
			}
			return false;
		};
		let ok: boolean;
		if (f.at === 0) ok = true;
		// A section number (二、) inside a paragraph is a heading glued to the text before it, or nothing.
		else if (kind === 'han-dun') ok = lastRanked.get(kind) === ordinal - 1 && headingRest(f.marker.rest);
		else if (ranked) ok = lastRanked.get(kind) === ordinal - 1 || (ordinal === 1 && followedBySecond());
		else ok = continues >= 0 || (ordinal === 1 && followedBySecond());
		if (!ok) return;
		kept.push(f);
		if (ranked) {
			lastRanked.set(kind, ordinal);
			// A numbered heading ends the run-in lists of the text before it.
			if (f.at === 0) for (const k of lists.keys()) if (kindRules[k].rank === null) lists.delete(k);
		} else if (continues >= 0) lists.set(kind, [...stack.slice(0, continues), ordinal]);
		else lists.set(kind, [...stack, ordinal]);
	});
	return kept;
}

/** Reads a body's numbers and its paragraphs' roles. */
export function segment(units: Unit[]): Segmented {
	// 附件 alone on a line heads an attachment; followed by a numbered list, it introduces the 附件说明 instead.
	const roles: UnitRole[] = units.map((u, i) => (i > 0 && ATTACHMENT_HEADER.test(u.text) && !matchMarker(units[i + 1]?.text ?? '') ? 'attachment' : 'text'));
	const firstAttachment = roles.indexOf('attachment');
	let numbers = accept(candidates(units));
	// The 附件说明 (附件：1.… 2.…) lists the attachments; its numbers are not clauses.
	const note = units.findIndex((u, i) => /^附\s*件\s*[:：]/.test(u.text) && roles[i] === 'text' && (firstAttachment < 0 || i < firstAttachment));
	if (note >= 0) {
		let end = note + 1;
		while (end < units.length && roles[end] === 'text' && /^[0-9０-９]/.test(units[end]!.text) && matchMarker(units[end]!.text) !== null) end++;
		numbers = numbers.filter((n) => n.unit < note || n.unit >= end);
	}
	const numbered = new Set(numbers.map((n) => n.unit));
	const startNumbered = new Set(numbers.filter((n) => n.at === 0).map((n) => n.unit));
	const mainEnd = firstAttachment < 0 ? units.length : firstAttachment;

	// The closing text starts after the last number, at a formula, a signature or a date.
	const last = Math.max(-1, ...[...numbered].filter((u) => u < mainEnd));
	let closingStart = mainEnd;
	for (let i = last + 1; i < mainEnd; i++) {
		const t = units[i]!.text;
		if (CLOSING.test(t) || /^附\s*件\s*[:：]/.test(t)) {
			closingStart = i;
			break;
		}
		if (PRINTED_DATE.test(t) && i >= mainEnd - 2) {
			const signer = units[i - 1];
			closingStart = signer && i - 1 > last && chars(signer.text).length <= 40 && !/[。！？；;]/.test(signer.text) ? i - 1 : i;
			break;
		}
	}

	const headingLike = (i: number) => {
		const u = units[i]!;
		return !numbered.has(i) && u.lines.length === 1 && isPlainHeading(u.text) && !PRINTED_DATE.test(u.text) && !DOC_NUMBER.test(u.text);
	};
	// Short bare lines are headings when text follows them (after any further headings); a list of short lines is text.
	for (let i = 0; i < closingStart; i++) {
		if (!headingLike(i)) continue;
		let j = i;
		while (j < closingStart && headingLike(j)) j++;
		if (j < closingStart && !numbered.has(j)) for (let k = i; k < j; k++) roles[k] = 'plain-heading';
		i = j;
	}
	// Run-in titles (强化党建工作意识。…): two or more paragraphs in a row, before any numbered paragraph.
	const firstNumbered = Math.min(closingStart, ...startNumbered);
	for (let i = 0; i < firstNumbered;) {
		let j = i;
		while (j < firstNumbered && !startNumbered.has(j) && RUN_IN.test(units[j]!.text)) j++;
		if (j - i >= 2) for (let k = i; k < j; k++) roles[k] = 'run-in';
		i = Math.max(j, i + 1);
	}
	return { numbers: numbers.filter((n) => n.unit < closingStart || n.unit >= mainEnd), roles, closingStart };
}

/** The shape of a heading without a number: the lengths of its parts between punctuation, quotes aside (强化团员教育 指引前进方向 → 6,6). */
export function headingShape(text: string): string {
	return text
		.replace(/[“”"‘’'《》「」『』()（）]/g, '')
		.split(/[，,、；;\s]+/)
		.filter((p) => p !== '')
		.map((p) => chars(p).length)
		.join(',');
}
