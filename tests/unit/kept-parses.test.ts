import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KeptParses } from '../../src/library/kept-parses.ts';
import { parseClauses } from '../../src/library/parse-clauses.ts';

const body = (text: string) => `<Clause id="kp-one" n="一、" title="总则" topics="venues">\n\n${text}\n\n</Clause>\n`;
const keptFile = () => join(mkdtempSync(join(tmpdir(), 'kept-parses-')), 'clause-parses.v8');

describe('clause parses kept between builds', () => {
	test('a rebuild parses only the documents whose body changed, and gets the same parse', () => {
		const file = keptFile();
		const first = new KeptParses(file);
		first.parse('documents/a.mdx', body('青年之家每周开放不少于5天。'), 20);
		first.parse('documents/b.mdx', body('每月开展活动不少于2次。'), 20);
		expect(first.parsed).toBe(2);
		first.keep();

		const again = new KeptParses(file);
		expect(again.parse('documents/a.mdx', body('青年之家每周开放不少于5天。'), 20)).toEqual(
			parseClauses('documents/a.mdx', body('青年之家每周开放不少于5天。'), 20),
		);
		const edited = again.parse('documents/b.mdx', body('每月开展活动不少于3次。'), 20);
		expect(edited.clauses[0]!.blocks).toEqual(parseClauses('x', body('每月开展活动不少于3次。')).clauses[0]!.blocks);
		expect(again.parsed).toBe(1);
	});

	test('the same body in another file, or starting on another line, is parsed again: messages name the file and line', () => {
		const file = keptFile();
		const first = new KeptParses(file);
		first.parse('documents/a.mdx', '<Clause id="kp-one">\n\n**加粗**\n\n</Clause>\n', 20);
		first.keep();
		const again = new KeptParses(file);
		const moved = again.parse('documents/c.mdx', '<Clause id="kp-one">\n\n**加粗**\n\n</Clause>\n', 30);
		expect(again.parsed).toBe(1);
		expect(moved.issues[0]).toMatchObject({ file: 'documents/c.mdx' });
		expect(moved.issues[0]!.line).toBeGreaterThan(30);
	});

	test('a problem found in a file is reported the same from a kept parse', () => {
		const file = keptFile();
		const bad = '<Clause id="kp-one">\n\n## 标题\n\n</Clause>\n';
		const first = new KeptParses(file);
		const fresh = first.parse('documents/a.mdx', bad, 20);
		expect(fresh.issues.length).toBeGreaterThan(0);
		first.keep();
		const again = new KeptParses(file);
		expect(again.parse('documents/a.mdx', bad, 20).issues).toEqual(fresh.issues);
		expect(again.parsed).toBe(0);
	});

	test('what the library does with a parse does not change what is kept; a forced build parses everything', () => {
		const file = keptFile();
		const first = new KeptParses(file);
		first.parse('documents/a.mdx', body('原文。'), 20).clauses[0]!.topics.push('changed-by-the-build');
		first.keep();
		expect(new KeptParses(file).parse('documents/a.mdx', body('原文。'), 20).clauses[0]!.topics).toEqual(['venues']);
		const forced = new KeptParses(file, true);
		forced.parse('documents/a.mdx', body('原文。'), 20);
		expect(forced.parsed).toBe(1);
	});
});
