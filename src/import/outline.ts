/**
 * Builds the clause tree of a document's body, nested as printed. A number opens a clause; the
 * next number of the same scheme closes it and opens its sibling; a scheme not yet open nests
 * under the clause that is (and a scheme higher in the standard hierarchy, 一、 over （一） over
 * 1., closes the lower ones first). A run-in list that starts again at 一是 under an open 三是
 * nests. A gap or a repeat in a sequence is a warning, never a silent guess. Headings without a
 * number take their level from their parallel wording: headings worded alike are siblings.
 * Attachments are top-level parts of their own, with their numbering started afresh.
 */
import { joinLines, headingRest, type Unit } from './lines.ts';
import { kindRules, nextPrinted, type Marker } from './numbering.ts';
import { finishOutline, type Draft } from './outline-finish.ts';
import { headingShape, segment, type Found } from './segments.ts';
import type { ImportWarning, OutlineClause, SourceLine } from './types.ts';

/** The outline of a body, and what the editor should check in it. */
export interface Outline {
	clauses: OutlineClause[];
	warnings: ImportWarning[];
}

/** A clause still open while the body is read. */
interface Open {
	draft: Draft;
	kind: string;
	rank: number | null;
	ordinal: number;
	marker: Marker | null;
	shape: string | null;
}

/** The title rule of a lead title: the first sentence, ending in 。, at most this long. */
const LEAD_TITLE = /^[^。！？；;!?]{1,40}。/;

/** Reads the clause tree of a body (its lines after the title). */
export function buildOutline(lines: SourceLine[]): Outline {
	const { units, warnings } = joinLines(lines);
	const { numbers, roles, closingStart } = segment(units);
	const byUnit = new Map<number, Found[]>();
	for (const n of numbers) byUnit.set(n.unit, [...(byUnit.get(n.unit) ?? []), n]);
	const shapes = new Map<string, number>();
	units.forEach((u, i) => roles[i] === 'plain-heading' && shapes.set(headingShape(u.text), (shapes.get(headingShape(u.text)) ?? 0) + 1));
	const parallel = [...shapes.values()].some((n) => n >= 2);

	const top: Draft[] = [];
	const stack: Open[] = [];
	let preamble: Draft | null = null;
	let closing: Draft | null = null;
	const make = (kind: string, line: number, fields: Partial<Draft> = {}): Draft => ({
		n: null,
		title: null,
		role: null,
		kind,
		line,
		blocks: [],
		marker: null,
		leadTitle: false,
		...fields,
	});
	const attach = (draft: Draft, parent: Open | undefined) => (parent ? parent.draft.blocks.push({ kind: 'clause', clause: draft }) : top.push(draft));
	const addText = (text: string, line: number, inClosing: boolean) => {
		if (text === '') return;
		if (inClosing) (closing ??= make('closing', line, { role: 'closing' })).blocks.push({ kind: 'text', text, line });
		else if (stack.length === 0) (preamble ??= make('preamble', line, { role: 'preamble' })).blocks.push({ kind: 'text', text, line });
		else stack.at(-1)!.draft.blocks.push({ kind: 'text', text, line });
	};

	const lastSeen = new Map<string, number>();
	const openNumber = (f: Found, line: number, share: string, next: Found | undefined): void => {
		const { kind, ordinal } = f.marker;
		const rank = kindRules[kind].rank;
		const same = stack.findLastIndex((o) => o.kind === kind);
		const shown = f.marker.printed;
		if (same >= 0) {
			const before = stack[same]!.marker!;
			if (ordinal !== before.ordinal + 1) {
				if (ordinal === 1 && rank === null) {
					// 一是 under an open 三是: a list inside the point, not a sibling.
				} else if (ordinal === 1) {
					warnings.push({ line, message: `numbering starts again at ${shown} after ${before.printed}: read as a new list at the same level` });
					stack.length = same;
				} else {
					const what =
						ordinal === before.ordinal
							? `repeats ${before.printed}`
							: ordinal > before.ordinal
								? `jumps from ${before.printed} to ${shown} (${nextPrinted(before, 1)} is missing)`
								: `goes back from ${before.printed} to ${shown}`;
					warnings.push({ line, message: `numbering ${what}: read as the next ${kindLabel(before)}; check the source` });
					stack.length = same;
				}
			} else stack.length = same;
		} else {
			if (rank !== null) {
				while (stack.length > 0) {
					const t = stack.at(-1)!;
					if ((t.marker !== null && t.rank === null) || (t.rank !== null && t.rank >= rank)) stack.pop();
					else break;
				}
			}
			// Measures are often numbered through the whole text (01–29 across 一、…八、): continuing is no gap.
			const seen = lastSeen.get(kind);
			if (ordinal !== 1 && seen !== ordinal - 1) {
				const expected =
					seen === undefined ? nextPrinted(f.marker, 1 - ordinal) : `${nextPrinted(f.marker, 1 - ordinal)} or ${nextPrinted(f.marker, seen + 1 - ordinal)}`;
				warnings.push({ line, message: `numbering starts at ${shown}, where ${expected} was expected; check the source` });
			}
		}
		lastSeen.set(kind, ordinal);
		const draft = make(kind, line, { marker: f.marker });
		const rule = kindRules[kind].title;
		let text = share;
		if (rule === 'heading' || (rule === 'heading-or-lead' && headingRest(text))) {
			draft.title = text === '' ? null : text;
			text = '';
		} else if (rule !== 'none') {
			// The first sentence is a title when more follows it: text in the same paragraph, or a list of its own.
			const lead = LEAD_TITLE.exec(text);
			const listFollows = next !== undefined && (next.marker.kind !== kind || next.marker.ordinal === 1);
			if (lead && (lead[0].length < text.length || listFollows)) {
				draft.title = lead[0];
				draft.leadTitle = true;
				text = text.slice(lead[0].length);
			}
		}
		attach(draft, stack.at(-1));
		stack.push({ draft, kind, rank, ordinal, marker: f.marker, shape: null });
		if (text !== '') draft.blocks.push({ kind: 'text', text, line });
	};

	const mainEnd = roles.includes('attachment') ? roles.indexOf('attachment') : units.length;
	units.forEach((u: Unit, i) => {
		const inClosing = i >= closingStart && i < mainEnd;
		const role = roles[i]!;
		if (role === 'attachment') {
			stack.length = 0;
			const draft = make('attachment', u.line, { n: u.text });
			top.push(draft);
			stack.push({ draft, kind: 'attachment', rank: -1, ordinal: 0, marker: null, shape: null });
			return;
		}
		const prev = units[i - 1];
		if (prev && roles[i - 1] === 'attachment' && !byUnit.has(i) && headingRest(u.text)) {
			stack.at(-1)!.draft.title = u.text;
			return;
		}
		if (role === 'plain-heading' || role === 'run-in') {
			const shape = role === 'plain-heading' ? headingShape(u.text) : null;
			// A heading worded like an open one is its sibling; one worded otherwise goes under the open one.
			const peer = stack.findLastIndex((o) => o.kind === role && (role === 'run-in' || !parallel || o.shape === shape));
			const holder = stack.findLastIndex((o) => o.kind === role);
			const section = stack.findLastIndex((o) => o.marker !== null && o.draft.title !== null && !o.draft.leadTitle);
			if (peer >= 0) stack.length = peer;
			else if (holder >= 0) stack.length = stack.filter((o) => o.kind === role).length < 3 ? holder + 1 : holder;
			else stack.length = section + 1;
			const lead = role === 'run-in' ? LEAD_TITLE.exec(u.text) : null;
			const draft = make(role, u.line, { title: lead ? lead[0] : u.text });
			attach(draft, stack.at(-1));
			stack.push({ draft, kind: role, rank: null, ordinal: 0, marker: null, shape });
			if (lead) segmentsOf(u.text.slice(lead[0].length), u.line, i, lead[0].length);
			return;
		}
		segmentsOf(u.text, u.line, i, 0, inClosing);
	});

	// Text of a paragraph from `offset`, split where its accepted numbers start.
	function segmentsOf(text: string, line: number, unit: number, offset: number, inClosing = false): void {
		const found = (byUnit.get(unit) ?? []).filter((f) => f.at >= offset);
		let cursor = 0;
		found.forEach((f, k) => {
			addText(text.slice(cursor, f.at - offset), line, inClosing);
			const end = k + 1 < found.length ? found[k + 1]!.at - offset : text.length;
			openNumber(f, line, text.slice(f.at - offset + f.marker.printed.length + f.marker.gap.length, end), found[k + 1]);
			cursor = end;
		});
		addText(text.slice(cursor), line, inClosing);
	}

	const plainCount = roles.filter((r) => r === 'plain-heading').length;
	if (plainCount >= 2) {
		warnings.push({
			message: `${plainCount} headings without numbers: their levels are read from their wording (headings worded alike are siblings${parallel ? '' : '; none are alike, so all are siblings'}); check the outline`,
		});
	}
	return finishOutline({ preamble, top, closing }, warnings);
}

/** A scheme's name for messages: 一、 → 一、 item. */
function kindLabel(marker: Marker): string {
	return `${marker.printed} item`;
}
