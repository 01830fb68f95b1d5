/**
 * The parts of a Word file the importer reads (document.xml, numbering.xml, styles.xml) as a
 * small element tree. @xmldom/xmldom parses the XML (entities, CDATA, comments, malformed input
 * refused); the tree keeps names as written (w:p, w:numPr) so the docx readers can walk it
 * with plain functions.
 */
import { DOMParser, type Element, type Node as DomNode } from '@xmldom/xmldom';

/** An element: its name, attributes and children (elements and text, in order). */
export interface XmlElement {
	name: string;
	attrs: Record<string, string>;
	children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** One DOM element as a tree element, with its text and element children in order. */
function toTree(element: Element): XmlElement {
	const attrs: Record<string, string> = {};
	for (let i = 0; i < element.attributes.length; i++) {
		const a = element.attributes.item(i)!;
		attrs[a.name] = a.value;
	}
	const children: XmlNode[] = [];
	for (let node: DomNode | null = element.firstChild; node; node = node.nextSibling) {
		if (node.nodeType === ELEMENT_NODE) children.push(toTree(node as Element));
		else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) children.push(node.nodeValue ?? '');
	}
	return { name: element.tagName, attrs, children };
}

/** Parses an XML document into a root holding its document element; malformed XML throws with the parser's message. */
export function parseXml(xml: string): XmlElement {
	const doc = new DOMParser({
		onError: (level, message) => {
			if (level !== 'warning') throw new Error(`XML ${level}: ${message}`);
		},
	}).parseFromString(xml, 'text/xml');
	return { name: '#root', attrs: {}, children: doc.documentElement ? [toTree(doc.documentElement)] : [] };
}

/** The element children of `el` named `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
	return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The first element child of `el` named `name`, if any. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
	return childrenNamed(el, name)[0];
}

/** Every descendant element named `name`, in document order (not looking inside a match). */
export function descendants(el: XmlElement, name: string): XmlElement[] {
	const out: XmlElement[] = [];
	const walk = (e: XmlElement) => {
		for (const c of e.children) {
			if (typeof c === 'string') continue;
			if (c.name === name) out.push(c);
			else walk(c);
		}
	};
	walk(el);
	return out;
}

/** The `w:val` attribute of child `name`, e.g. val(numPr, 'w:ilvl'). */
export function val(el: XmlElement | undefined, name: string): string | undefined {
	return el === undefined ? undefined : child(el, name)?.attrs['w:val'];
}
