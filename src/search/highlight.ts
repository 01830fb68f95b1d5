import { fold } from './segment.ts';

/** A piece of text, marked when it matches a search term. */
export interface TextPiece {
	text: string;
	mark: boolean;
}

/** The text folded character by character, with each folded position's original character index. */
function foldWithMap(text: string): { chars: string[]; folded: string; origin: number[] } {
	const chars = Array.from(text);
	let folded = '';
	const origin: number[] = [];
	chars.forEach((ch, i) => {
		const f = fold(ch);
		folded += f;
		for (let k = 0; k < f.length; k++) origin.push(i);
	});
	return { chars, folded, origin };
}

/**
 * Splits a text into pieces so that every occurrence of a term is its own marked piece.
 * Matching is on the folded text (full-width and case insensitive). Folding can change length
 * (NFKC turns … into ...), so the text is folded character by character with a map back to
 * the original positions.
 */
export function markTerms(text: string, terms: string[]): TextPiece[] {
	const { chars, folded, origin } = foldWithMap(text);
	const marks = new Array<boolean>(chars.length).fill(false);
	for (const t of terms) {
		if (t.length === 0) continue;
		for (let i = folded.indexOf(t); i >= 0; i = folded.indexOf(t, i + 1)) {
			for (let k = i; k < i + t.length; k++) marks[origin[k]!] = true;
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
