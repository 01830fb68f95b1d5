/**
 * The first stage: one source file's bytes to numbered lines of text. It decides what the file
 * is by its bytes as well as its name, reads .txt in any Chinese encoding, saved web pages and
 * Word files, and refuses everything else (old .doc, PDF, images, binaries, empty or undecodable
 * files) with a message that names the file and says what to do instead. The same function gives
 * the verbatim test the text a document's source holds, so the check and the importer read a
 * source identically.
 */
import { extname } from 'node:path';
import { decodeText, refuseBinary, splitLines } from './decode-text.ts';
import { readDocx } from './decode-docx.ts';
import { readHtml } from './decode-html.ts';
import { ImportRefusal, type DecodedSource } from './types.ts';

const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml']);

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** What to say about a file the importer does not read, by its first bytes and then its name; null if it may be read. */
function refusalFor(ext: string, bytes: Uint8Array): string | null {
	const pdf =
		'Text in a PDF is laid out in pages and lines, not paragraphs. Get the document as .docx or as its web page, or copy its text into a .txt file, check it against the PDF, and import that.';
	const image =
		'The importer reads text, not pictures of text. Get the document as .txt, .docx or a saved web page; if only a scan exists, type or OCR it into a .txt and proofread it against the scan.';
	const oldWord = 'Open it in Word or WPS, save it as a Word document (.docx), and import the .docx.';
	if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return `is a PDF. ${pdf}`;
	if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return `is an old-format Office file (.doc, .wps, .xls). ${oldWord}`;
	if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38))
		return `is an image. ${image}`;
	if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return `is an RTF file. ${oldWord}`;
	if (ext === '.pdf') return `is named .pdf. ${pdf}`;
	if (['.doc', '.wps', '.rtf', '.odt', '.pages'].includes(ext)) return `is a ${ext} file, which the importer does not read. ${oldWord}`;
	if (['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.tif', '.tiff', '.webp', '.heic'].includes(ext)) return `is an image (${ext}). ${image}`;
	if (['.mht', '.mhtml'].includes(ext)) return 'is a web archive (.mht). In the browser, save the page as "Web page, HTML only" (.html) and import that.';
	if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) && ext !== '.docx')
		return `is a ZIP archive (${ext || 'no extension'}). Unpack it and import the document inside (.txt, .docx or .html).`;
	if (ext !== '.docx' && !TEXT_EXTENSIONS.has(ext) && !HTML_EXTENSIONS.has(ext)) {
		return `has the extension ${ext || '(none)'}, which the importer does not read. It reads .txt (UTF-8, GB18030/GBK or UTF-16), .docx and saved web pages (.html, .htm); save or rename the file as one of these.`;
	}
	return null;
}

/**
 * Reads one source file into lines. `file` is the name shown in messages (and whose extension
 * says how to read it). Throws ImportRefusal for what it does not read.
 */
export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
	if (bytes.length === 0)
		throw new ImportRefusal(`${file}: is empty (0 bytes): there is nothing to import. Check that the file was saved or downloaded completely.`);
	const ext = extname(file).toLowerCase();
	const refusal = refusalFor(ext, bytes);
	if (refusal !== null) throw new ImportRefusal(`${file}: ${refusal}`);
	const source: DecodedSource = {
		kind: 'text',
		encoding: 'UTF-8',
		lines: [],
		hints: { published: null, site: null, url: null, headings: [] },
		warnings: [],
		notes: [],
	};
	if (ext === '.docx') {
		if (!startsWith(bytes, 0x50, 0x4b))
			throw new ImportRefusal(`${file}: is named .docx but is not a Word document. Open it in Word or WPS and save it again as .docx.`);
		const docx = readDocx(file, bytes);
		Object.assign(source, { kind: 'docx', encoding: 'Word XML', warnings: docx.warnings, notes: docx.notes });
		source.lines = docx.lines.map((text, i) => ({ line: i + 1, text }));
	} else {
		const { text, encoding } = decodeText(file, bytes);
		refuseBinary(file, text);
		source.encoding = encoding;
		if (HTML_EXTENSIONS.has(ext)) {
			const page = readHtml(text);
			source.kind = 'html';
			source.hints = page.hints;
			source.lines = page.lines.map((t, i) => ({ line: i + 1, text: t }));
		} else source.lines = splitLines(text);
	}
	if (!source.lines.some((l) => l.text.trim() !== ''))
		throw new ImportRefusal(`${file}: has no text (only blank lines or page markup). Check that this is the document and that it was saved completely.`);
	if (!source.lines.some((l) => /\p{Script=Han}/u.test(l.text))) {
		throw new ImportRefusal(
			`${file}: read as ${source.encoding}, holds no Chinese characters. The library holds Chinese policy texts; if this file is one, its encoding was not recognised: open it in a text editor and save it as UTF-8.`,
		);
	}
	return source;
}

/** The lines of a source file as the library reads them: for the verbatim test and the importer alike. */
export function sourceLines(file: string, bytes: Uint8Array): string[] {
	return decodeSource(file, bytes).lines.map((l) => l.text);
}
