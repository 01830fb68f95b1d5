/**
 * A Word file (.docx) to lines of text, one line per paragraph, with the numbers Word prints
 * from its automatic numbering written back in front of the paragraphs they belong to. Text
 * that Word does not show is left out (deleted revisions, hidden runs, field codes); tables read
 * cell by cell. Paragraphs whose number cannot be printed are listed, so the editor knows which
 * clauses lost their labels.
 */
import { unzipSync } from 'fflate';
import { nextLabel, readNumbering } from './docx-numbering.ts';
import { child, descendants, parseXml, val, type XmlElement } from './xml.ts';
import { ImportRefusal, type ImportWarning } from './types.ts';

/** The text of a .docx: its lines, and what was noticed about its numbering. */
export interface DocxText {
	lines: string[];
	warnings: ImportWarning[];
	notes: string[];
}

interface StyleNumbering {
	numId: string;
	ilvl: number;
}

/** Reads a .docx's main text. Refuses, naming `file`, a ZIP that is not a Word document. */
export function readDocx(file: string, bytes: Uint8Array): DocxText {
	let parts: Record<string, Uint8Array>;
	try {
		parts = unzipSync(bytes, { filter: (f) => /^word\/(document|numbering|styles)\.xml$/.test(f.name) });
	} catch {
		throw new ImportRefusal(
			`${file}: is named .docx but is not a Word document (it cannot be opened as one). Open it in Word or WPS and save it again as .docx.`,
		);
	}
	const xml = (name: string) => (parts[name] ? parseXml(new TextDecoder('utf-8').decode(parts[name])) : null);
	const document = xml('word/document.xml');
	if (document === null)
		throw new ImportRefusal(`${file}: is a ZIP file without word/document.xml, so not a Word document. Save it from Word or WPS as .docx.`);
	const numbering = readNumbering(xml('word/numbering.xml'));
	const styles = styleNumbering(xml('word/styles.xml'));
	const body = descendants(document, 'w:body')[0];
	const out: DocxText = { lines: [], warnings: [], notes: [] };
	let restored = 0;
	let bullets = 0;
	for (const p of body ? paragraphs(body) : []) {
		const text = paragraphText(p);
		const numbered = numberingOf(p, styles);
		let label = '';
		if (numbered !== null && text.trim() !== '') {
			const l = nextLabel(numbering, numbered.numId, numbered.ilvl);
			if ('text' in l) {
				label = l.text;
				if (label !== '') restored++;
			} else if ('bullet' in l) bullets++;
			else
				out.warnings.push({
					line: out.lines.length + 1,
					message: `lost its number: Word numbers this paragraph automatically, but ${l.lost}; write the number in by hand ("${text.slice(0, 16)}…")`,
				});
		}
		const lines = `${label}${text}`.split('\n');
		out.lines.push(...lines);
	}
	if (restored > 0) out.notes.push(`${restored} numbers restored from Word's automatic numbering (numbering.xml), printed as Word prints them`);
	if (bullets > 0) out.notes.push(`${bullets} bulleted paragraphs: bullets are not numbers, so they are left out of the text`);
	return out;
}

/** Paragraphs of the body in reading order, table cells and content controls included. */
function paragraphs(el: XmlElement): XmlElement[] {
	const out: XmlElement[] = [];
	for (const c of el.children) {
		if (typeof c === 'string') continue;
		if (c.name === 'w:p') {
			out.push(c);
			// Text boxes hold paragraphs of their own: read them after the paragraph anchoring them.
			for (const box of descendants(c, 'w:txbxContent')) out.push(...paragraphs(box));
		} else if (c.name !== 'mc:Fallback' && c.name !== 'w:sectPr') out.push(...paragraphs(c));
	}
	return out;
}

/** The text Word shows for a paragraph: runs' text, tabs and breaks; not deleted, hidden or field-code text. */
function paragraphText(p: XmlElement): string {
	let text = '';
	const walk = (el: XmlElement) => {
		for (const c of el.children) {
			if (typeof c === 'string') continue;
			switch (c.name) {
				case 'w:r':
					if (child(c, 'w:rPr') && child(child(c, 'w:rPr')!, 'w:vanish')) break;
					walk(c);
					break;
				case 'w:t':
					text += c.children.filter((t): t is string => typeof t === 'string').join('');
					break;
				case 'w:tab':
					text += '\t';
					break;
				case 'w:br':
				case 'w:cr':
					text += '\n';
					break;
				case 'w:noBreakHyphen':
					text += '-';
					break;
				case 'w:del':
				case 'w:pPr':
				case 'w:rPr':
				case 'w:instrText':
				case 'w:delText':
				case 'w:txbxContent':
				case 'mc:Fallback':
					break;
				default:
					walk(c);
			}
		}
	};
	walk(p);
	return text;
}

/** Which list and level numbers a paragraph: its own numPr, else its style's. */
function numberingOf(p: XmlElement, styles: Map<string, StyleNumbering>): StyleNumbering | null {
	const pPr = child(p, 'w:pPr');
	const numPr = pPr === undefined ? undefined : child(pPr, 'w:numPr');
	const style = styles.get(val(pPr, 'w:pStyle') ?? '');
	const numId = val(numPr, 'w:numId') ?? style?.numId;
	if (numId === undefined || numId === '0') return null;
	return { numId, ilvl: Number(val(numPr, 'w:ilvl') ?? style?.ilvl ?? 0) };
}

/** Paragraph styles that number their paragraphs (a heading style tied to a list), following basedOn. */
function styleNumbering(root: XmlElement | null): Map<string, StyleNumbering> {
	const out = new Map<string, StyleNumbering>();
	if (root === null) return out;
	const byId = new Map(descendants(root, 'w:style').map((s) => [s.attrs['w:styleId'] ?? '', s]));
	const resolve = (id: string, depth: number): StyleNumbering | undefined => {
		const style = byId.get(id);
		if (style === undefined || depth > 8) return undefined;
		const pPr = child(style, 'w:pPr');
		const numPr = pPr === undefined ? undefined : child(pPr, 'w:numPr');
		const numId = val(numPr, 'w:numId');
		if (numId !== undefined) return { numId, ilvl: Number(val(numPr, 'w:ilvl') ?? 0) };
		const base = val(style, 'w:basedOn');
		return base === undefined ? undefined : resolve(base, depth + 1);
	};
	for (const id of byId.keys()) {
		const n = resolve(id, 0);
		if (n) out.set(id, n);
	}
	return out;
}
