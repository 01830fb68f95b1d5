import { foldWithMap } from './segment.ts';

/** Opening quotation and title marks, and what closes each. */
const CLOSERS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '「': '」', '『': '』' };

/** A piece of text, marked when it matches a search term. */
export interface TextPiece {
	text: string;
	mark: boolean;
}

/**
 * Splits a text into pieces so that every occurrence of a term is its own marked piece.
 * Matching is on the folded text (full-width, case, and the quotation marks, title marks, middle
 * dots and spaces that may stand inside a term), with a map back to the original characters:
 * a match marks the words as printed, from its first character to its last, so 两新组织 marks
 * “两新”组织 with the quotation mark inside.
 */
export function markTerms(text: string, terms: string[]): TextPiece[] {
	const { chars, folded, origin } = foldWithMap(text);
	const marks = new Array<boolean>(chars.length).fill(false);
	for (const t of terms) {
		if (t.length === 0) continue;
		for (let i = folded.indexOf(t); i >= 0; i = folded.indexOf(t, i + 1)) {
			let from = origin[i]!;
			let to = origin[i + t.length - 1]!;
			// A quotation or title mark closed inside the match and opened just before it is part of the term as printed, and the reverse.
			const inside = chars.slice(from, to + 1);
			if (from > 0 && inside.includes(CLOSERS[chars[from - 1]!] ?? '\0')) from--;
			if (to + 1 < chars.length && inside.some((c) => CLOSERS[c] === chars[to + 1])) to++;
			for (let k = from; k <= to; k++) marks[k] = true;
		}
	}
	const pieces: TextPiece[] = [];
	chars.forEach((ch, i) => {
		const last = pieces.at(-1);
		if (last && last.mark === marks[i]) last.text += ch;
		else pieces.push({ text: ch, mark: marks[i]! });
	});
	return pieces;
}

/** A window of about `length` characters around the first match, with … where it was cut. */
export function excerptAround(text: string, terms: string[], length = 110): string {
	const { chars, folded, origin } = foldWithMap(text);
	if (chars.length <= length) return text;
	const hits = terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0);
	const first = hits.length > 0 ? origin[Math.min(...hits)]! : -1;
	const start = first < 0 ? 0 : Math.max(0, Math.min(first - Math.floor(length / 3), chars.length - length));
	return `${start > 0 ? '…' : ''}${chars.slice(start, start + length).join('')}${start + length < chars.length ? '…' : ''}`;
}
