/**
 * A character-level diff of two clause texts that reads well in Chinese: the longest common
 * subsequence of code points, then a clean-up that folds a lone shared character between two
 * changes into the change (so 按时上交 → 按月上交上级团委 reads as one replaced phrase, not a
 * confetti of single characters). Clause texts are short, so the quadratic table is cheap.
 */

/** A run of text the two sides share, or that only the new or only the old side has. */
export interface DiffPart {
	kind: 'same' | 'added' | 'removed';
	text: string;
}

/** The longest common subsequence table of `a` and `b`, from the end. */
function lcsTable(a: string[], b: string[]): Uint32Array[] {
	const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
	}
	return table;
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
	const last = parts.at(-1);
	if (last?.kind === kind) last.text += text;
	else parts.push({ kind, text });
}

/** Folds a shared run of one character standing between changes into the changes around it. */
function cleanUp(parts: DiffPart[]): DiffPart[] {
	const out: DiffPart[] = [];
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		const lone = part.kind === 'same' && Array.from(part.text).length === 1 && i > 0 && i < parts.length - 1;
		if (!lone) {
			out.push({ ...part });
			continue;
		}
		// Rewrite the lone shared character as removed and added again, then merge neighbours.
		out.push({ kind: 'removed', text: part.text }, { kind: 'added', text: part.text });
	}
	const removed: string[] = [];
	const added: string[] = [];
	const merged: DiffPart[] = [];
	const flush = () => {
		if (removed.length > 0) merged.push({ kind: 'removed', text: removed.join('') });
		if (added.length > 0) merged.push({ kind: 'added', text: added.join('') });
		removed.length = 0;
		added.length = 0;
	};
	for (const part of out) {
		if (part.kind === 'same') {
			flush();
			push(merged, 'same', part.text);
		} else (part.kind === 'removed' ? removed : added).push(part.text);
	}
	flush();
	return merged;
}

/** How the new text differs from the old, character by character: shared, removed and added runs in reading order. */
export function diffChars(before: string, after: string): DiffPart[] {
	const a = Array.from(before);
	const b = Array.from(after);
	const table = lcsTable(a, b);
	const parts: DiffPart[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) {
			push(parts, 'same', a[i]!);
			i++;
			j++;
		} else if (table[i + 1]![j]! >= table[i]![j + 1]!) push(parts, 'removed', a[i++]!);
		else push(parts, 'added', b[j++]!);
	}
	while (i < a.length) push(parts, 'removed', a[i++]!);
	while (j < b.length) push(parts, 'added', b[j++]!);
	return cleanUp(parts);
}

/**
 * How alike two texts are, 0 to 1: twice the shared characters (in order) over both lengths, so a
 * clause that gained a sentence still reads as the same provision.
 */
export function similarity(before: string, after: string): number {
	const a = Array.from(before);
	const b = Array.from(after);
	const total = a.length + b.length;
	return total === 0 ? 1 : (2 * lcsTable(a, b)[0]![0]!) / total;
}
