import { describe, expect, test } from 'vitest';
import { LibraryError } from '../../src/library/errors.ts';
import { readDocument, readYamlList, splitMdx } from '../../src/library/read-data.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import { fixtureWith } from '../helpers/fixture-library.ts';

/** The problems reading documents/alpha.mdx of a fixture library with one edit, as `line message`. */
function alphaProblems(edit: (text: string) => string): string[] {
	const dir = fixtureWith('documents/alpha.mdx', edit);
	const { issues } = readDocument(dir, 'alpha.mdx');
	return issues.map((i) => `${i.line ?? '-'}${i.column === undefined ? '' : `:${i.column}`} ${i.message}`);
}

describe('frontmatter problems name the line of the field at fault', () => {
	test('a nested field names its own line, not its parent’s', () => {
		expect(alphaProblems((t) => t.replace('value: "2020-05"', 'value: "2020-13"'))).toEqual([
			'11 frontmatter date.value: date.value "2020-13" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
		]);
		expect(alphaProblems((t) => t.replace('basis: stated', 'basis: guessed'))[0]).toMatch(/^7 frontmatter issuer\.basis: /);
	});

	test('a source file that is not there names the line of source.file', () => {
		expect(alphaProblems((t) => t.replace('file: alpha.txt', 'file: gone.txt'))).toEqual(['15 source.file "gone.txt" is not in content/sources']);
	});

	test('an unknown field, nested or not, names its own line', () => {
		expect(alphaProblems((t) => t.replace('docNumber: null', 'docNumber: null\ntilte: x'))[0]).toMatch(/^20 frontmatter \(whole\): Unrecognized key: "tilte"/);
		expect(alphaProblems((t) => t.replace('  precision: month', '  precision: month\n  precison: day'))[0]).toMatch(
			/^13 frontmatter date: Unrecognized key: "precison"/,
		);
	});

	test('a missing nested field names the line of the field that should hold it', () => {
		expect(alphaProblems((t) => t.replace('  precision: month\n', ''))[0]).toMatch(/^10 frontmatter date\.precision: /);
	});

	test('a missing top-level field names the file only', () => {
		expect(alphaProblems((t) => t.replace('title: 关于加强基层团建的通知\n', ''))[0]).toMatch(/^- frontmatter title: /);
	});

	test('a YAML syntax error names its line and column', () => {
		expect(alphaProblems((t) => t.replace('  precision: month', '  precision: month: day'))).toEqual([
			'12:14 frontmatter YAML error: Nested mappings are not allowed in compact mappings',
		]);
		expect(alphaProblems((t) => t.replace('genre: 通知', 'genre: 通知\ngenre: 意见'))[0]).toMatch(/^5:1 frontmatter YAML error: Map keys must be unique/);
	});

	test('no frontmatter at all', () => {
		expect(alphaProblems((t) => t.replace(/^---\n/, ''))).toEqual(['1 no frontmatter: a document starts with --- and its metadata']);
	});
});

describe('YAML lists', () => {
	function problems(edit: (text: string) => string): string[] {
		const dir = fixtureWith('topics.yaml', edit);
		try {
			readYamlList(`${dir}/topics.yaml`, topicSchema);
		} catch (error) {
			if (error instanceof LibraryError) return error.issues.map((i) => `${i.line ?? '-'} ${i.message}`);
			throw error;
		}
		throw new Error('expected the list to be refused');
	}

	test('a bad field of an item names the item, the field and its line', () => {
		expect(problems((t) => t.replace('slug: venues', 'slug: Venues'))[0]).toMatch(/^7 item 2\.slug: /);
	});

	test('a YAML syntax error names its line', () => {
		expect(problems((t) => t.replace('  name: 阵地建设', '  name: @阵地建设'))).toEqual([
			'8 YAML syntax error: Plain value cannot start with reserved character @',
		]);
	});
});

describe('splitting an MDX file', () => {
	test('gives the frontmatter, the body and how many file lines come before the body', () => {
		expect(splitMdx('---\ntitle: x\n---\n\n<Clause id="a-bc">\n')).toEqual({ frontmatter: 'title: x', body: '\n<Clause id="a-bc">\n', bodyLineOffset: 3 });
	});

	test('finds no frontmatter without an opening and a closing ---', () => {
		expect(splitMdx('title: x\n---\n')).toBeNull();
		expect(splitMdx('---\ntitle: x\n')).toBeNull();
	});
});
