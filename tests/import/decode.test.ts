import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { decodeSource, sourceLines } from '../../src/import/decode.ts';
import { buildDocx, encodeGb18030, encodeUtf16le } from '../fixtures/import/build-sources.ts';

const utf8 = (t: string) => new TextEncoder().encode(t);
const refusal = (file: string, bytes: Uint8Array) => {
	try {
		decodeSource(file, bytes);
	} catch (error) {
		expect((error as Error).name).toBe('ImportRefusal');
		return (error as Error).message;
	}
	throw new Error(`${file} was not refused`);
};

describe('reading a text file in any Chinese encoding', () => {
	test('reads UTF-8, with or without a byte-order mark', () => {
		expect(sourceLines('a.txt', utf8('第一行\r\n第二行'))).toEqual(['第一行', '第二行']);
		expect(decodeSource('a.txt', utf8('\ufeff通知\n')).lines.map((l) => l.text)).toEqual(['通知', '']);
	});

	test('reads GB18030/GBK when the bytes are not UTF-8, and says so', () => {
		const decoded = decodeSource('gbk.txt', encodeGb18030('关于团支部建设的通知\n一、总体要求'));
		expect(decoded.encoding).toBe('GB18030');
		expect(decoded.lines.map((l) => l.text)).toEqual(['关于团支部建设的通知', '一、总体要求']);
	});

	test('reads a short GBK text whole, not by a guess from a sample', () => {
		// Two characters: too short for a detector, decoded strictly all the same.
		expect(decodeSource('short.txt', encodeGb18030('团委')).lines[0]!.text).toBe('团委');
	});

	test('reads UTF-16 by its byte-order mark, little- and big-endian', () => {
		expect(decodeSource('le.txt', encodeUtf16le('青年之家')).encoding).toBe('UTF-16LE');
		const be = Uint8Array.from([0xfe, 0xff, ...Array.from(Buffer.from('团员', 'utf16le').swap16())]);
		expect(decodeSource('be.txt', be)).toMatchObject({ encoding: 'UTF-16BE', lines: [{ line: 1, text: '团员' }] });
	});

	test('reads a saved web page as its visible text, scripts, styles and hidden parts left out', () => {
		const page =
			'<html><head><title>标题栏</title><script>var 统计 = 1;</script></head><body><p>第一段<br>接着</p><div hidden>隐藏</div><p>第二段</p></body></html>';
		expect(sourceLines('page.htm', utf8(page)).filter((l) => l !== '')).toEqual(['第一段', '接着', '第二段']);
	});
});

describe('refusing what the importer does not read, naming the file and what to do instead', () => {
	test('an empty file', () => {
		expect(refusal('empty.txt', new Uint8Array())).toBe(
			'empty.txt: is empty (0 bytes): there is nothing to import. Check that the file was saved or downloaded completely.',
		);
	});

	test('a file of blank lines', () => {
		expect(refusal('blank.txt', utf8('\n \n'))).toBe(
			'blank.txt: has no text (only blank lines or page markup). Check that this is the document and that it was saved completely.',
		);
	});

	test('an old Word document (.doc), by its name or by its bytes', () => {
		expect(refusal('notice.doc', utf8('通知'))).toBe(
			'notice.doc: is a .doc file, which the importer does not read. Open it in Word or WPS, save it as a Word document (.docx), and import the .docx.',
		);
		expect(refusal('renamed.txt', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
			'renamed.txt: is an old-format Office file (.doc, .wps, .xls). Open it in Word or WPS, save it as a Word document (.docx), and import the .docx.',
		);
	});

	test('a PDF, by its bytes or its name', () => {
		expect(refusal('plan.pdf', utf8('%PDF-1.7\n'))).toMatch(
			/^plan\.pdf: is a PDF\. Text in a PDF is laid out in pages and lines, not paragraphs\. Get the document as \.docx/,
		);
		expect(refusal('plan.pdf', utf8('not really'))).toMatch(/^plan\.pdf: is named \.pdf\. Text in a PDF/);
	});

	test('an image', () => {
		expect(refusal('scan.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatch(
			/^scan\.png: is an image\. The importer reads text, not pictures of text\. .*if only a scan exists, type or OCR it into a \.txt/,
		);
		expect(refusal('photo.jpg', utf8('x'))).toMatch(/^photo\.jpg: is an image \(\.jpg\)\./);
	});

	test('an RTF, a web archive, a ZIP and an unknown extension', () => {
		expect(refusal('a.txt', utf8('{\\rtf1 通知}'))).toMatch(/^a\.txt: is an RTF file\. Open it in Word or WPS/);
		expect(refusal('page.mht', utf8('x'))).toBe(
			'page.mht: is a web archive (.mht). In the browser, save the page as "Web page, HTML only" (.html) and import that.',
		);
		expect(refusal('docs.zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toBe(
			'docs.zip: is a ZIP archive (.zip). Unpack it and import the document inside (.txt, .docx or .html).',
		);
		expect(refusal('table.xlsx', utf8('x'))).toMatch(
			/^table\.xlsx: has the extension \.xlsx, which the importer does not read\. It reads \.txt \(UTF-8, GB18030\/GBK or UTF-16\), \.docx/,
		);
	});

	test('a binary file named .txt', () => {
		expect(refusal('data.txt', Uint8Array.from([0x41, 0x00, 0x42, 0x00, 0x01, 0x02]))).toMatch(
			/^data\.txt: is a binary file, not text \(it holds \d+ control characters, the first U\+0000\)\. .*if it is UTF-16 text without a byte-order mark, save it as UTF-8\./,
		);
	});

	test('bytes that are neither UTF-8 nor GB18030, with the line and offset of the first', () => {
		expect(refusal('bad.txt', Uint8Array.from([...utf8('第一行\n'), 0xff, 0xff, 0x41]))).toBe(
			'bad.txt: line 2 has a byte (0xFF at offset 10) that is neither UTF-8 nor GB18030/GBK text, so the file cannot be read without guessing. Open it in a text editor, check that the Chinese text shows correctly, and save it as UTF-8; then import it again.',
		);
	});

	test('a UTF-16 byte-order mark over bytes that are not UTF-16', () => {
		expect(refusal('odd.txt', Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41]))).toBe(
			'odd.txt: starts with a UTF-16LE byte-order mark but is not valid UTF-16LE text. Open it in a text editor and save it as UTF-8.',
		);
	});

	test('text without one Chinese character', () => {
		expect(refusal('english.txt', utf8('Notice on youth work'))).toMatch(/^english\.txt: read as UTF-8, holds no Chinese characters\./);
	});

	test('a .docx that is not a Word document', () => {
		expect(refusal('fake.docx', utf8('通知'))).toBe('fake.docx: is named .docx but is not a Word document. Open it in Word or WPS and save it again as .docx.');
		expect(refusal('broken.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toMatch(
			/^broken\.docx: is named \.docx but is not a Word document \(it cannot be opened as one\)/,
		);
		expect(refusal('other.docx', zipSync({ 'notes.txt': strToU8('通知') }))).toBe(
			'other.docx: is a ZIP file without word/document.xml, so not a Word document. Save it from Word or WPS as .docx.',
		);
		const zip = buildDocx([{ text: '通知' }], []);
		expect(decodeSource('ok.docx', zip).kind).toBe('docx');
	});
});
