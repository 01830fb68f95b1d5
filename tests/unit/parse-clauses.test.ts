import { describe, expect, test } from 'vitest';
import { parseClauses } from '../../src/library/parse-clauses.ts';

const parse = (body: string) => parseClauses('documents/x.mdx', body, 10);

describe('reading clauses out of MDX', () => {
	test('nests clauses as written and keeps number, title, topics and text', () => {
		const { clauses, issues } = parse(
			[
				'<Clause id="x-aa" n="一、" title="总体要求" topics="funding">',
				'',
				'<Clause id="x-bb" n="01" title="细则">',
				'',
				'正文第一句。',
				'',
				'</Clause>',
				'',
				'</Clause>',
			].join('\n'),
		);
		expect(issues).toEqual([]);
		expect(clauses.map((c) => [c.id, c.n, c.title, c.parentId, c.depth])).toEqual([
			['x-aa', '一、', '总体要求', null, 0],
			['x-bb', '01', '细则', 'x-aa', 1],
		]);
		expect(clauses[0]!.topics).toEqual(['funding']);
		expect(clauses[0]!.blocks).toEqual([{ kind: 'clause', id: 'x-bb' }]);
		expect(clauses[1]!.blocks).toEqual([{ kind: 'text', text: '正文第一句。' }]);
	});

	test('keeps paragraphs after a sub-clause in source order', () => {
		const { clauses } = parse(
			['<Clause id="x-aa">', '', '前。', '', '<Clause id="x-bb">', '', '中。', '', '</Clause>', '', '后。', '', '</Clause>'].join('\n'),
		);
		expect(clauses[0]!.blocks).toEqual([
			{ kind: 'text', text: '前。' },
			{ kind: 'clause', id: 'x-bb' },
			{ kind: 'text', text: '后。' },
		]);
	});

	test('escaped Markdown characters stay in the text verbatim', () => {
		const { clauses, issues } = parse(['<Clause id="x-aa">', '', '汇报\\_关于加强\\*建设\\<\\{。', '', '</Clause>'].join('\n'));
		expect(issues).toEqual([]);
		expect(clauses[0]!.blocks).toEqual([{ kind: 'text', text: '汇报_关于加强*建设<{。' }]);
	});

	test('refuses Markdown formatting in policy text instead of dropping characters', () => {
		const { issues } = parse(['<Clause id="x-aa">', '', '这是*强调*的文字。', '', '</Clause>'].join('\n'));
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: 'documents/x.mdx', line: 13, clause: 'x-aa' });
		expect(issues[0]!.message).toMatch(/unexpected emphasis/);
	});

	test('refuses text outside any clause, naming the line', () => {
		const { issues } = parse(['散落的文字。', '', '<Clause id="x-aa">', '', '正文。', '', '</Clause>'].join('\n'));
		expect(issues).toEqual([
			{ file: 'documents/x.mdx', line: 11, message: 'unexpected paragraph "散落的文字。" outside any <Clause>; every paragraph must belong to a clause' },
		]);
	});

	test('skips editors’ comments, but not text hidden between comments', () => {
		expect(parse(['{/* 编者注 */}', '', '<Clause id="x-aa">', '', '正文。', '', '</Clause>'].join('\n')).issues).toEqual([]);
		expect(parse(['{/* a */ "文字" /* b */}', '', '<Clause id="x-aa">', '', '正文。', '', '</Clause>'].join('\n')).issues).toHaveLength(1);
	});

	test('refuses a clause without an id and an unknown attribute', () => {
		const { issues } = parse(['<Clause n="一、" tpoics="funding">', '', '正文。', '', '</Clause>'].join('\n'));
		expect(issues.map((i) => i.message)).toEqual(['unknown <Clause> attribute "tpoics"', '<Clause> needs an id like "jc-4k7p"; found null']);
	});

	test('reports an MDX syntax error with the file and line', () => {
		const { issues } = parse(['<Clause id="x-aa">', '', '正文。', '', '</Clauze>'].join('\n'));
		expect(issues).toHaveLength(1);
		expect(issues[0]!.file).toBe('documents/x.mdx');
		expect(issues[0]!.line).toBe(15);
		expect(issues[0]!.message).toMatch(/^MDX syntax error: /);
	});
});
