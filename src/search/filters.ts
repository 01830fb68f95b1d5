/**
 * The search filters (topic, 文种, level, issuer, year, 时效性): their names, which are both the search
 * page's URL parameters and Pagefind's filter names, their labels, and a document's values.
 * Written once: the search records, the search page's form and its script read them from here.
 */
import type { LibraryDocument } from '../library/types.ts';
import { shownStatuses } from '../utils/validity-label.ts';
import { formatLevel, UNKNOWN } from '../utils/format.ts';

/** Every filter, in the order the search page shows them. */
export const filterNames = ['topic', 'genre', 'level', 'issuer', 'year', 'status'] as const;

/** The name of a filter: its URL parameter (search.html?genre=实施方案) and its Pagefind filter. */
export type FilterName = (typeof filterNames)[number];

/** What the search page calls each filter. */
export const filterLabels: Record<FilterName, string> = { topic: '专题', genre: '文种', level: '层级', issuer: '发文单位', year: '年份', status: '时效性' };

/** A clause's values for every filter. */
export type FilterValues = Record<FilterName, string[]>;

/** The filters a reader chose: at most one value each. */
export type Filters = Partial<Record<FilterName, string>>;

/** True when `name` is a filter's name (a URL parameter the search page reads). */
export function isFilterName(name: string): name is FilterName {
	return (filterNames as readonly string[]).includes(name);
}

/** What the filters read of a document: its facts and the validity readers see. */
export type FilteredDocument = Pick<LibraryDocument, 'meta' | 'validity'>;

/** A document's values for the filters other than topic (a clause's own): 不详 where the source does not say. */
export function documentFilters({ meta, validity }: FilteredDocument): Omit<FilterValues, 'topic'> {
	return {
		genre: [meta.genre],
		level: [formatLevel(meta.level)],
		issuer: [meta.issuer.name ?? UNKNOWN],
		year: [meta.date.value?.slice(0, 4) ?? UNKNOWN],
		status: [validity.status],
	};
}

/** A clause's values for the filters its whole document shares: all but topic. */
export function sharedFilterValues(values: FilterValues): Omit<FilterValues, 'topic'> {
	return Object.fromEntries(filterNames.filter((name) => name !== 'topic').map((name) => [name, values[name]])) as Omit<FilterValues, 'topic'>;
}

/** One filter of the search page's form with the values it offers. */
export interface FilterChoice {
	name: FilterName;
	label: string;
	options: string[];
}

/**
 * The values the search page offers for each filter: every topic, in taxonomy order, and the
 * values the documents carry, years newest first, statuses in code-list order and the rest in
 * Chinese collation order.
 */
export function filterChoices(topicNames: string[], documents: FilteredDocument[]): FilterChoice[] {
	const values = documents.map(documentFilters);
	const distinct = (name: Exclude<FilterName, 'topic'>) => [...new Set(values.flatMap((v) => v[name]))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
	return filterNames.map((name) => ({
		name,
		label: filterLabels[name],
		options: name === 'topic' ? topicNames : name === 'year' ? distinct(name).reverse() : name === 'status' ? byStatus(distinct(name)) : distinct(name),
	}));
}

/** Statuses in the order of the code list. */
function byStatus(values: string[]): string[] {
	return shownStatuses.filter((s) => values.includes(s));
}
