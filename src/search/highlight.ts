import { fold } from './segment.ts';

/** A piece of text, marked when it matches a search term. */
export interface TextPiece {
	text: string;
	mark: boolean;
}

/**
 * Splits a text into pieces so that every occurrence of a term is its own marked piece.
 * Matching is on the folded text (full-width and case insensitive). Folding can change length
 * (NFKC turns … into ...), so the text is folded character by character with a map back to
 * the original positions.
 */
export function markTerms(text: string, terms: string[]): TextPiece[] {
	const chars = [...text];
	let folded = '';
	const origin: number[] = [];
	chars.forEach((ch, i) => {
		const f = fold(ch);
		folded += f;
		for (let k = 0; k < f.length; k++) origin.push(i);
	});
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
	if (text.length <= length) return text;
	const folded = fold(text);
	const first = Math.min(...terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0), text.length);
	const start = first === text.length ? 0 : Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
	return `${start > 0 ? '…' : ''}${text.slice(start, start + length)}${start + length < text.length ? '…' : ''}`;
}
