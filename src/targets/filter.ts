/**
 * The rule of the targets page's filters, shared by the page (which writes each row's facts as
 * data- attributes named after the filters) and the browser element that applies them
 * (filter-element.ts). Pure, with no DOM, so it is unit-tested.
 */

/** The filter names; each is also the row's data- attribute and the address's query key. */
export const FILTERS = ['topic', 'document', 'level', 'period'] as const;
export type FilterName = (typeof FILTERS)[number];
/** What each filter is called on the page. */
export const FILTER_LABELS: Record<FilterName, string> = { topic: '专题', document: '文件', level: '层级', period: '周期' };
/** The choices made; an empty or missing choice lets every row through. */
export type Filter = Partial<Record<FilterName, string>>;

/** What the filters compare on one row. */
export interface RowFacts {
	/** every topic of the row's clause, not only the one it is grouped under */
	topics: string[];
	document: string;
	level: string;
	period: string;
}

/** True when a row passes every filter that is set. */
export function matches(row: RowFacts, filter: Filter): boolean {
	return (
		(!filter.topic || row.topics.includes(filter.topic)) &&
		(!filter.document || row.document === filter.document) &&
		(!filter.level || row.level === filter.level) &&
		(!filter.period || row.period === filter.period)
	);
}

/** The status line under the filters. */
export function countText(shown: number, total: number): string {
	return shown === total ? `共 ${total} 项要求` : `显示 ${shown} 项，共 ${total} 项`;
}
