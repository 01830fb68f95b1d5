/**
 * The outline's last touches, once every clause is placed: a run-in title that turned out to be
 * the point's only sentence becomes its text; paragraphs that follow the last clause but read as
 * the document's closing text (the last of a list of one-paragraph measures suddenly having
 * two) move to the closing; each number is written as printed, with the space the source prints
 * after it wherever the page would not print that space by itself.
 */
import { numberSeparator } from '../library/clause-label.ts';
import type { Marker } from './numbering.ts';
import type { ImportWarning, OutlineBlock, OutlineClause } from './types.ts';

/** A clause being drafted: an outline clause plus what the builder needs to finish it. */
export interface Draft extends Omit<OutlineClause, 'blocks'> {
	blocks: ({ kind: 'text'; text: string; line: number } | { kind: 'clause'; clause: Draft })[];
	marker: Marker | null;
	/** the title is the point's first sentence (一是加强领导。…), not a heading line */
	leadTitle: boolean;
}

const clausesOf = (d: Draft) => d.blocks.flatMap((b) => (b.kind === 'clause' ? [b.clause] : []));
const textsOf = (d: Draft) => d.blocks.filter((b) => b.kind === 'text');

/** The number as printed, with the space after it when the page would not print that space itself. */
export function printedNumber(marker: Marker, hasTitle: boolean): string {
	if (marker.gap === '' || (hasTitle && numberSeparator(marker.printed) === ' ')) return marker.printed;
	return `${marker.printed}${marker.gap}`;
}

/** Finishes the outline: titles, closing, numbers; returns the top-level clauses in reading order. */
export function finishOutline(
	parts: { preamble: Draft | null; top: Draft[]; closing: Draft | null },
	warnings: ImportWarning[],
): { clauses: OutlineClause[]; warnings: ImportWarning[] } {
	const main = parts.top.filter((d) => d.kind !== 'attachment');
	const attachments = parts.top.filter((d) => d.kind === 'attachment');
	let closing = parts.closing;

	// The last of a list of one-paragraph clauses, with more paragraphs than its siblings: the extra ones close the document.
	let parent: Draft | null = null;
	let last = main.at(-1);
	while (last && clausesOf(last).length > 0) {
		parent = last;
		last = clausesOf(last).at(-1);
	}
	if (last && last.role === null && clausesOf(last).length === 0 && textsOf(last).length >= 2) {
		const siblings = (parent ? clausesOf(parent) : main).filter((d) => d !== last && d.kind === last.kind && d.role === null);
		if (siblings.length >= 2 && siblings.every((s) => clausesOf(s).length === 0 && textsOf(s).length === 1)) {
			const moved = last.blocks.filter((b) => b.kind === 'text').slice(1);
			last.blocks = last.blocks.filter((b) => b.kind !== 'text' || !moved.includes(b));
			const first = moved[0]!;
			closing = { ...(closing ?? { n: null, title: null, role: 'closing', kind: 'closing', marker: null, leadTitle: false, line: first.line, blocks: [] }) };
			closing.blocks = [...moved, ...closing.blocks];
			closing.line = first.line;
			warnings.push({
				line: first.line,
				message: `read as the document's closing text, not part of ${last.marker?.printed ?? last.title ?? 'the last clause'} (its sibling clauses have one paragraph each): ${JSON.stringify(first.text.slice(0, 20))}…; check`,
			});
		}
	}
	const all = [...(parts.preamble ? [parts.preamble] : []), ...main, ...(closing ? [closing] : []), ...attachments];
	if (main.length === 0 && attachments.length === 0)
		warnings.push({ message: 'no numbered or headed clauses found: the whole text is one clause; check that this is right' });
	return { clauses: all.map(finish), warnings };
}

function finish(d: Draft): OutlineClause {
	let title = d.title;
	let blocks = d.blocks;
	// A point that is one sentence with nothing under it has text, not a title.
	if (d.leadTitle && title !== null && blocks.length === 0) {
		blocks = [{ kind: 'text', text: title, line: d.line }];
		title = null;
	}
	return {
		n: d.marker ? printedNumber(d.marker, title !== null) : d.n,
		title,
		role: d.role,
		kind: d.kind,
		line: d.line,
		blocks: blocks.map((b): OutlineBlock => (b.kind === 'text' ? b : { kind: 'clause', clause: finish(b.clause) })),
	};
}
