import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { balancedShares, KeptParses } from '../../src/library/kept-parses.ts';
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

describe('clause parses made ahead in worker threads', () => {
	const documents = [
		{ filePath: 'documents/a.mdx', body: body('青年之家每周开放不少于5天。'), bodyLineOffset: 20 },
		{ filePath: 'documents/b.mdx', body: body('每月开展活动不少于2次。'.repeat(30)), bodyLineOffset: 12 },
		{ filePath: 'documents/bad.mdx', body: '<Clause id="kp-one">\n\n## 标题\n\n</Clause>\n', bodyLineOffset: 7 },
	];

	test('give the parse this thread would make, problems and lines included, and count as parsed', async () => {
		const kept = new KeptParses(keptFile());
		await kept.prepare(documents, 2);
		expect(kept.prepared).toBe(3);
		for (const d of documents) expect(kept.parse(d.filePath, d.body, d.bodyLineOffset)).toEqual(parseClauses(d.filePath, d.body, d.bodyLineOffset));
		expect(kept.parsed).toBe(3);
		expect(kept.parse('documents/bad.mdx', documents[2]!.body, 7).issues[0]).toMatchObject({ file: 'documents/bad.mdx' });
	});

	test('are kept for the next build, which then parses nothing and gets the same parses', async () => {
		const inWorkers = keptFile();
		const ahead = new KeptParses(inWorkers);
		await ahead.prepare(documents, 2);
		for (const d of documents) ahead.parse(d.filePath, d.body, d.bodyLineOffset);
		ahead.keep();
		const next = new KeptParses(inWorkers);
		for (const d of documents) expect(next.parse(d.filePath, d.body, d.bodyLineOffset)).toEqual(parseClauses(d.filePath, d.body, d.bodyLineOffset));
		expect(next.parsed).toBe(0);
	});

	test('only the documents whose parse is not kept are sent to the workers', async () => {
		const file = keptFile();
		const first = new KeptParses(file);
		for (const d of documents) first.parse(d.filePath, d.body, d.bodyLineOffset);
		first.keep();
		const again = new KeptParses(file);
		const edited = { ...documents[0]!, body: body('青年之家每周开放不少于6天。') };
		await again.prepare([edited, documents[1]!, documents[2]!], 2);
		expect(again.prepared).toBe(1);
		expect(again.parse(edited.filePath, edited.body, edited.bodyLineOffset)).toEqual(parseClauses(edited.filePath, edited.body, edited.bodyLineOffset));
		expect(again.parsed).toBe(1);
	});

	test('shares hold every document once, with about the same length of text each', () => {
		const docs = Array.from({ length: 41 }, (_, i) => ({ id: i, body: '字'.repeat(100 + ((i * 37) % 900)) }));
		const shares = balancedShares(docs, 3);
		expect(
			shares
				.flat()
				.map((d) => d.id)
				.sort((a, b) => a - b),
		).toEqual(docs.map((d) => d.id));
		const loads = shares.map((s) => s.reduce((sum, d) => sum + d.body.length, 0));
		expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(Math.max(...docs.map((d) => d.body.length)));
	});
});
