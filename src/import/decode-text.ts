/**
 * Bytes to text for .txt files and saved web pages. Chinese texts arrive in UTF-8, in
 * GB18030/GBK (anything saved by older Windows software or a Chinese government site) or in
 * UTF-16 (Notepad's "Unicode"). A detector guessing from a sample is wrong often enough on short
 * Chinese texts that this module does not use one: a byte-order mark decides first, then the
 * whole file must decode as UTF-8 without one bad byte, and failing that as GB18030 (a superset
 * of GBK and GB2312) without one bad byte. What decodes as neither is refused.
 */
import { ImportRefusal } from './types.ts';

/** Decoded text and the encoding it was read in. */
export interface Decoded {
	text: string;
	encoding: 'UTF-8' | 'GB18030' | 'UTF-16LE' | 'UTF-16BE';
}

/** Offset of the first byte that is not valid UTF-8, or -1 when the whole buffer is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (extra < 0) return i;
		for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		i += extra + 1;
	}
	return -1;
}

function strict(encoding: string, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return null;
	}
}

/** The line (1-based) holding byte `offset`, counting newline bytes, for messages. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/**
 * Decodes a text file's bytes: by byte-order mark, else strictly as UTF-8, else strictly as
 * GB18030. Refuses, naming `file`, what is neither.
 */
export function decodeText(file: string, bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(file, bytes, 'UTF-16LE');
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(file, bytes, 'UTF-16BE');
	const utf8 = strict('utf-8', bytes);
	if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
	const gb = strict('gb18030', bytes);
	if (gb !== null) return { text: gb, encoding: 'GB18030' };
	const at = firstInvalidUtf8(bytes);
	const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
	throw new ImportRefusal(
		`${file}: line ${lineOfByte(bytes, at)} has a byte (0x${byte} at offset ${at}) that is neither UTF-8 nor GB18030/GBK text, so the file cannot be read without guessing. ` +
			'Open it in a text editor, check that the Chinese text shows correctly, and save it as UTF-8; then import it again.',
	);
}

function utf16(file: string, bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): Decoded {
	const text = strict(encoding.toLowerCase(), bytes);
	if (text === null) {
		throw new ImportRefusal(
			`${file}: starts with a ${encoding} byte-order mark but is not valid ${encoding} text. Open it in a text editor and save it as UTF-8.`,
		);
	}
	return { text, encoding };
}

/**
 * Refuses text that is really a binary file read as text: a NUL, or more than one control
 * character in a hundred. `what` names the file in the message.
 */
export function refuseBinary(file: string, text: string): void {
	// Control characters other than tab, line feed, form feed and carriage return.
	const controls: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls.push(c);
	}
	if (controls.length === 0) return;
	if (controls.includes(0) || controls.length * 100 > text.length) {
		const code = controls[0]!.toString(16).toUpperCase().padStart(4, '0');
		throw new ImportRefusal(
			`${file}: is a binary file, not text (it holds ${controls.length} control characters, the first U+${code}). ` +
				'Import the document as .txt, .docx or a saved web page (.html); if it is UTF-16 text without a byte-order mark, save it as UTF-8.',
		);
	}
}

/** Splits text into numbered lines, on any line ending, dropping a leading byte-order mark. */
export function splitLines(text: string): { line: number; text: string }[] {
	return text
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\r|\n/)
		.map((t, i) => ({ line: i + 1, text: t }));
}
