/**
 * The targets as a CSV file for cadres who keep their checklist in a spreadsheet: the same rows
 * as the table, columns named in Chinese, UTF-8 with a byte-order mark so that Excel opens the
 * Chinese intact, CRLF line ends and RFC 4180 quoting. The sentence is kept verbatim in its own
 * column; the marked number is given beside it rather than written into it.
 */
import { boundNames, csvNumber } from './format.ts';
import type { TargetRow } from './group.ts';

/** The CSV's file name at the site root, next to targets.html (the route file src/pages/targets.csv.ts writes it). */
export const TARGETS_CSV = 'targets.csv';

/** The column headings, in order. */
export const CSV_COLUMNS = [
	'专题',
	'指标类别',
	'指标',
	'要求',
	'约束',
	'数值',
	'上限',
	'单位',
	'周期',
	'对象',
	'原文',
	'原文中的数字',
	'文件',
	'文种',
	'层级',
	'条款',
	'链接',
	'来源',
] as const;

/** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

/** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV text of the rows; `link` gives each row's clause URL. */
export function targetsCsv(rows: readonly TargetRow[], link: (row: TargetRow) => string): string {
	const lines = [CSV_COLUMNS.join(',')];
	for (const row of rows) {
		const t = row.target;
		const fields = [
			row.topic?.name ?? '未分专题',
			t.family,
			t.measure,
			row.requirement,
			t.bound === null ? '' : boundNames[t.bound],
			csvNumber(t.quantity.value),
			csvNumber(t.quantity.max),
			t.quantity.unit ?? '',
			t.period ?? '',
			t.subject ?? '',
			t.sentence,
			t.quantity.phrase,
			row.document.title,
			row.document.genre,
			row.document.level,
			row.clause.label,
			link(row),
			t.origin === 'editor' ? '编辑补充' : '自动提取',
		];
		lines.push(fields.map(csvField).join(','));
	}
	return `${BOM}${lines.join('\r\n')}\r\n`;
}
