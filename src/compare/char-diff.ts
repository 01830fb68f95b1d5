/**
 * A character-level diff of two clause texts that reads well in Chinese. diff-match-patch finds
 * the shortest edit, then its semantic clean-up folds the short shared runs that a minimal diff
 * leaves between changes into the change (so 按时上交 → 按月上交上级团委 reads as one replaced
 * phrase, not a confetti of single characters), and a number is kept whole (20 → 40, not 2 → 4).
 * Line diffs are no use here: a clause is one line. diff-match-patch counts UTF-16 code units,
 * which is one per character for the CJK texts of the library.
 */
import DiffMatchPatch from 'diff-match-patch';

/** A run of text the two sides share, or that only the new or only the old side has. */
export interface DiffPart {
	kind: 'same' | 'added' | 'removed';
	text: string;
}

const engine = new DiffMatchPatch();
// No time limit: clause texts are short, and the same texts must always give the same marks.
engine.Diff_Timeout = 0;

const KIND = { [DiffMatchPatch.DIFF_EQUAL]: 'same', [DiffMatchPatch.DIFF_INSERT]: 'added', [DiffMatchPatch.DIFF_DELETE]: 'removed' } as const;

/** Moves digits that a change cuts off from their number into the change, on both sides: 不少于2[0→4]0 reads 不少于[20→40]. */
function wholeNumbers(parts: DiffPart[]): DiffPart[] {
	const out = parts.map((p) => ({ ...p }));
	for (let i = 0; i < out.length; i++) {
		const part = out[i]!;
		if (part.kind === 'same') continue;
		// the shared run before this change (and its twin change) ends in digits that run on into it
		let start = i;
		while (start > 0 && out[start - 1]!.kind !== 'same') start--;
		let end = i;
		while (end + 1 < out.length && out[end + 1]!.kind !== 'same') end++;
		const changes = out.slice(start, end + 1);
		const before = out[start - 1];
		const after = out[end + 1];
		const edgeDigit = (t: string, atEnd: boolean) => /\d/.test(atEnd ? (t.at(-1) ?? '') : (t[0] ?? ''));
		if (before && changes.some((c) => edgeDigit(c.text, false))) {
			const digits = /\d+$/.exec(before.text)?.[0] ?? '';
			if (digits) {
				before.text = before.text.slice(0, -digits.length);
				for (const c of changes) c.text = digits + c.text;
			}
		}
		if (after && changes.some((c) => edgeDigit(c.text, true))) {
			const digits = /^\d+/.exec(after.text)?.[0] ?? '';
			if (digits) {
				after.text = after.text.slice(digits.length);
				for (const c of changes) c.text += digits;
			}
		}
		i = end;
	}
	return out.filter((p) => p.text.length > 0);
}

/** How the new text differs from the old, character by character: shared, removed and added runs in reading order. */
export function diffChars(before: string, after: string): DiffPart[] {
	const diffs = engine.diff_main(before, after);
	engine.diff_cleanupSemantic(diffs);
	return wholeNumbers(diffs.map(([op, text]) => ({ kind: KIND[op as keyof typeof KIND], text })));
}

/**
 * How alike two texts are, 0 to 1: twice the shared characters (in order) over both lengths, so a
 * clause that gained a sentence still reads as the same provision.
 */
export function similarity(before: string, after: string): number {
	const total = before.length + after.length;
	if (total === 0) return 1;
	const shared = engine.diff_main(before, after, false).reduce((n, [op, text]) => (op === DiffMatchPatch.DIFF_EQUAL ? n + text.length : n), 0);
	return (2 * shared) / total;
}
