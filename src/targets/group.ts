/**
 * The table's shape: one row per requirement with what a cadre reads in it (document, level,
 * clause, the sentence with its number), grouped by topic and, within a topic, by measure
 * family, so the same measure from different documents sits together (配备率 90% in one plan
 * next to 100% in another). The filters' choices come from the same rows. Pure.
 */
import type { Library } from '../library/types.ts';
import { clauseLabel } from '../library/clause-label.ts';
import { formatLevel } from '../utils/format.ts';
import { FILTERS, FILTER_LABELS, type FilterName } from './filter.ts';
import { requirementText, sentenceParts } from './format.ts';
import type { Target } from './types.ts';

/** One row of the table or the CSV. */
export interface TargetRow {
	target: Target;
	/** the requirement in words: 至少 1次 */
	requirement: string;
	sentence: { before: string; marked: string; after: string };
	/** the topic the row is grouped under (the clause's first), or null for a clause without topics */
	topic: { slug: string; name: string } | null;
	document: { slug: string; title: string; level: string; genre: string };
	clause: { id: string; label: string };
}

/** Rows of one measure family within a topic. */
export interface MeasureGroup {
	family: string;
	rows: TargetRow[];
}

/** A topic's section of the table. */
export interface TopicGroup {
	slug: string | null;
	name: string;
	families: MeasureGroup[];
}

/** One filter of the page: its name (the query key), label and choices. */
export interface FilterControl {
	name: FilterName;
	label: string;
	options: { value: string; label: string }[];
}

/** The row a cadre reads for one target. */
export function rowOf(target: Target, library: Library): TargetRow {
	const document = library.documentsBySlug.get(target.documentSlug)!;
	const clause = library.clauses.get(target.clauseId)!;
	const first = target.topics[0];
	const topic = first === undefined ? null : { slug: first, name: library.topicsBySlug.get(first)?.name ?? first };
	return {
		target,
		requirement: requirementText(target),
		sentence: sentenceParts(target),
		topic,
		document: { slug: document.slug, title: document.meta.title, level: formatLevel(document.meta.level), genre: document.meta.genre },
		clause: { id: clause.id, label: clauseLabel(clause) },
	};
}

/** Groups rows by topic (in the taxonomy's order; no topic last), then by measure family in order of first appearance. */
export function groupRows(rows: readonly TargetRow[], library: Library): TopicGroup[] {
	const order = new Map(library.topics.map((t, i) => [t.slug, i]));
	const groups = new Map<string | null, TopicGroup>();
	for (const row of rows) {
		const key = row.topic?.slug ?? null;
		let group = groups.get(key);
		if (!group) groups.set(key, (group = { slug: key, name: row.topic?.name ?? '未分专题', families: [] }));
		const family = group.families.find((f) => f.family === row.target.family);
		if (family) family.rows.push(row);
		else group.families.push({ family: row.target.family, rows: [row] });
	}
	const rank = (slug: string | null) => (slug === null ? Infinity : (order.get(slug) ?? Infinity));
	return [...groups.values()].sort((a, b) => rank(a.slug) - rank(b.slug));
}

/** The topic, document, level and period filters, in FILTERS order, offering only what the rows hold. */
export function filterControls(rows: readonly TargetRow[], library: Library): FilterControl[] {
	const topics = new Set(rows.flatMap((r) => r.target.topics));
	const documents = new Set(rows.map((r) => r.document.slug));
	const same = (values: Iterable<string>) => [...new Set(values)].filter((v) => v !== '').map((v) => ({ value: v, label: v }));
	const options: Record<FilterName, FilterControl['options']> = {
		topic: library.topics.filter((t) => topics.has(t.slug)).map((t) => ({ value: t.slug, label: t.name })),
		document: library.documents.filter((d) => documents.has(d.slug)).map((d) => ({ value: d.slug, label: d.meta.title })),
		level: same(rows.map((r) => r.document.level)),
		period: same(rows.map((r) => r.target.period ?? '')),
	};
	return FILTERS.map((name) => ({ name, label: FILTER_LABELS[name], options: options[name] }));
}

/** A sentence of a report with the figures it states as achieved, each marked. */
export interface AchievedSentence {
	/** the anchor: the first figure's target id */
	id: string;
	figures: string[];
	/** the sentence in pieces, the figures marked */
	pieces: { text: string; marked: boolean }[];
	document: TargetRow['document'];
	clause: TargetRow['clause'];
}

/** Achieved figures by sentence: a sentence that states three figures is listed once, with three marks. */
export function achievedSentences(rows: readonly TargetRow[]): AchievedSentence[] {
	const out: AchievedSentence[] = [];
	let current: { key: string; marks: { start: number; end: number }[]; entry: AchievedSentence; sentence: string } | undefined;
	const flush = () => {
		if (!current) return;
		let at = 0;
		for (const m of current.marks) {
			if (m.start > at) current.entry.pieces.push({ text: current.sentence.slice(at, m.start), marked: false });
			current.entry.pieces.push({ text: current.sentence.slice(m.start, m.end), marked: true });
			at = m.end;
		}
		if (at < current.sentence.length) current.entry.pieces.push({ text: current.sentence.slice(at), marked: false });
		out.push(current.entry);
	};
	for (const row of rows) {
		const t = row.target;
		const key = `${t.clauseId}:${t.offset}`;
		if (current?.key !== key) {
			flush();
			current = { key, marks: [], sentence: t.sentence, entry: { id: t.id, figures: [], pieces: [], document: row.document, clause: row.clause } };
		}
		current.marks.push(t.mark);
		current.entry.figures.push(t.quantity.phrase);
	}
	flush();
	return out;
}

/** What the targets page and the CSV show: the requirements grouped, their rows in table order, the achieved figures apart, the filters' choices. */
export interface TargetsView {
	groups: TopicGroup[];
	/** the requirements' rows in the table's order (the CSV's rows) */
	rows: TargetRow[];
	/** figures reports state as achieved, by sentence */
	achieved: AchievedSentence[];
	filters: FilterControl[];
	/** how many documents the requirements come from */
	documentCount: number;
}

/** The page's view of the targets model. */
export function targetsView(model: { requirements: readonly Target[]; achievements: readonly Target[] }, library: Library): TargetsView {
	const groups = groupRows(
		model.requirements.map((t) => rowOf(t, library)),
		library,
	);
	const rows = groups.flatMap((g) => g.families.flatMap((f) => f.rows));
	return {
		groups,
		rows,
		achieved: achievedSentences(model.achievements.map((t) => rowOf(t, library))),
		filters: filterControls(rows, library),
		documentCount: new Set(rows.map((r) => r.document.slug)).size,
	};
}
