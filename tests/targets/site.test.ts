/**
 * The targets page and CSV of the real build (dist/, or TEST_DIST_DIR): every row's sentence is
 * its clause's words verbatim with the number marked, every row links to its clause and every
 * clause's 指标 chip to its row, achieved figures stay out of the table, and the CSV holds the
 * table's rows with the Chinese intact.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readLibrary } from '../../src/library/read-data.ts';
import { BOM, CSV_COLUMNS } from '../../src/targets/csv.ts';
import { builtPages, distDir } from '../helpers/built-site.ts';

const pages = builtPages();
const page = parse(pages.get('targets.html') ?? '');
const rows = page.querySelectorAll('.target-row');
const library = readLibrary(new URL('../../content/', import.meta.url).pathname);

/** RFC 4180 fields of a CSV text, row by row. */
function parseCsv(text: string): string[][] {
	const out: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			out.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return out;
}

function linkOf(row: HTMLElement): { file: string; id: string } {
	const href = row.querySelector('.target-source a')!.getAttribute('href')!;
	const [file, id] = href.split('#') as [string, string];
	return { file, id: decodeURIComponent(id) };
}

describe('the targets page', () => {
	test('is built, with rows, and linked from the header and the home page', () => {
		expect(rows.length).toBeGreaterThan(0);
		expect(parse(pages.get('index.html')!).querySelectorAll('a[href="targets.html"]').length).toBeGreaterThanOrEqual(2);
		expect(parse(pages.get('cited.html')!).querySelector('.site-nav a[href="targets.html"]')).not.toBeNull();
	});

	test('shows each requirement’s sentence verbatim from its clause, with its number marked', () => {
		for (const row of rows) {
			const { id } = linkOf(row);
			const sentence = row.querySelector('.target-sentence')!;
			expect(library.clauses.get(id)?.text, row.id).toContain(sentence.text);
			expect(sentence.querySelectorAll('mark')).toHaveLength(1);
		}
	});

	test('links every row to its clause, which exists on its document page', () => {
		for (const row of rows) {
			const { file, id } = linkOf(row);
			expect(parse(pages.get(file)!).getElementById(id), `${row.id} → ${file}#${id}`).not.toBeNull();
		}
	});

	test('every 指标 chip leads to a row, and every row has its chip on its clause', () => {
		const rowIds = new Set(rows.map((r) => r.id));
		const chipped = new Set<string>();
		for (const [file, html] of pages) {
			if (!file.startsWith('documents/')) continue;
			for (const chip of parse(html).querySelectorAll('.target-chip')) {
				const [target, id] = chip.getAttribute('href')!.split('#') as [string, string];
				expect(target).toBe('../targets.html');
				expect(rowIds, `${file}: ${id}`).toContain(id);
				chipped.add(id);
			}
		}
		expect([...chipped].sort()).toEqual([...rowIds].sort());
	});

	test('keeps achieved figures out of the requirements table', () => {
		const achieved = page.querySelectorAll('#achieved li');
		expect(achieved.length).toBeGreaterThan(0);
		for (const li of achieved) expect(page.querySelector(`.targets-table [id="${li.id}"]`)).toBeNull();
		expect(rows.some((r) => r.querySelector('.target-sentence')!.text.includes('2023年共发展团员303名'))).toBe(false);
	});
});

describe('the CSV', () => {
	const file = join(distDir, 'targets.csv');
	const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const table = parseCsv(text.slice(1));

	test('sits next to targets.html and is linked from it', () => {
		expect(existsSync(file)).toBe(true);
		expect(page.querySelector('a[href="targets.csv"]')).not.toBeNull();
	});

	test('is UTF-8 with a byte-order mark, so a spreadsheet opens the Chinese intact', () => {
		expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(text.startsWith(BOM)).toBe(true);
	});

	test('has the Chinese column names and one line per row of the table', () => {
		expect(table[0]).toEqual([...CSV_COLUMNS]);
		expect(table.slice(1)).toHaveLength(rows.length);
		for (const line of table.slice(1)) expect(line).toHaveLength(CSV_COLUMNS.length);
	});

	test('gives each row’s sentence and number as the table does, in the same order', () => {
		const sentence = CSV_COLUMNS.indexOf('原文');
		const number = CSV_COLUMNS.indexOf('原文中的数字');
		table.slice(1).forEach((line, i) => {
			expect(line[sentence]).toBe(rows[i]!.querySelector('.target-sentence')!.text);
			expect(line[number]).toBe(rows[i]!.querySelector('mark')!.text);
		});
	});
});
