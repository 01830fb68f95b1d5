/**
 * The targets model (指标一览): every quantified requirement the library's clauses set, and,
 * kept apart, the figures that reports state as achieved. Plain data, built once from the
 * library model by extract-targets.ts and corrected by content/target-corrections.yaml.
 */

/** How a requirement bounds its value. */
export const bounds = ['at-least', 'at-most', 'exactly', 'within', 'range'] as const;
export type Bound = (typeof bounds)[number];

/** How often a requirement recurs: a stated period, once only, or standing (no period). */
export const periods = ['每年', '每半年', '每季度', '每月', '每周', '每日', '每学期', '年内', '一次性', '长期'] as const;
export type Period = (typeof periods)[number] | `每${string}`;

/** Requirements are what a document asks for; achievements are figures a report says were reached. */
export type TargetKind = 'requirement' | 'achievement';

/** A number with its unit as written in a sentence: 90%, 3个月, 两年, 2万元, 700余人次, 每半年. */
export interface Quantity {
	/** offset of the phrase in its sentence */
	start: number;
	end: number;
	/** the words as printed, e.g. 3个月 */
	phrase: string;
	/** the number, or null where the words give none (每半年: a frequency without a count) */
	value: number | null;
	/** the upper end of a range (三至五年), else null */
	max: number | null;
	/** the unit as printed (% 个月 万元 次), or null */
	unit: string | null;
	/** 余 or 多 after the number: the figure is approximate */
	approximate: boolean;
}

/** One requirement (or achieved figure) found in a clause, with the sentence it stands in. */
export interface Target {
	/** the table row's anchor: t-<clause id>-<n>, n counting the clause's targets from 1 */
	id: string;
	kind: TargetKind;
	clauseId: string;
	documentSlug: string;
	/** the sentence, verbatim */
	sentence: string;
	/** where the sentence starts in the clause's own text (Clause.text) */
	offset: number;
	/** where the quantity stands in the sentence (the marked words) */
	mark: { start: number; end: number };
	quantity: Quantity;
	/** what the number constrains, in the sentence's words (团干部配备率、在岗率; 听取共青团工作汇报) */
	measure: string;
	/** the measure family rows are grouped under (配备率、在岗率; 工作经费; 谈心谈话) */
	family: string;
	/** null for achievements */
	bound: Bound | null;
	period: Period | null;
	/** who the sentence binds, where it says */
	subject: string | null;
	/** the clause's topics; the first is the one the row is grouped under */
	topics: string[];
	/** extracted by the rules, or written by an editor in content/target-corrections.yaml */
	origin: 'rules' | 'editor';
}
