import { describe, expect, test } from 'vitest';
import { attribute, clausesToMdx, escapeMdxText, type DraftClause } from '../../src/import/emit-mdx.ts';
import { assignIds, prefixFor, slugFromFile } from '../../src/import/ids.ts';
import { seededRandom } from '../../src/utils/random.ts';
import { verifyDraft } from '../../src/import/verify-draft.ts';
import { parseClauses } from '../../src/library/parse-clauses.ts';
import { isClauseId } from '../../src/schemas/clause-id.ts';
import { run } from './helpers.ts';

const clause = (id: string, texts: string[], extra: Partial<DraftClause> = {}): DraftClause => ({
	id,
	n: null,
	title: null,
	role: null,
	topics: [],
	related: [],
	pending: [],
	blocks: texts.map((text) => ({ kind: 'text', text })),
	line: 1,
	...extra,
});

describe('writing the draft as MDX the library reads back word for word', () => {
	test('escapes what Markdown or MDX would read as syntax', () => {
		const tricky = [
			'# 不是标题',
			'- 不是列表',
			'1. 不是有序列表',
			'*强调* 和 _下划线_ 与 `代码`',
			'<不是标签> {不是表达式}',
			'[不是链接](x) &amp; 实体',
			'反斜杠 \\ 保留',
			'+ 加号',
			'2024.5 不是列表',
		];
		const { body } = clausesToMdx([clause('dd-aa', tricky, { n: '一、', title: '含"引号"的标题' })]);
		const parsed = parseClauses('x.mdx', body);
		expect(parsed.issues).toEqual([]);
		expect(parsed.clauses[0]!.blocks).toEqual(tricky.map((text) => ({ kind: 'text', text })));
		expect(parsed.clauses[0]!.title).toBe('含"引号"的标题');
		expect(escapeMdxText('1) 项')).toBe('1\\) 项');
	});

	test('quotes an attribute with the quote it does not hold, and escapes &', () => {
		expect(attribute('title', '甲"乙')).toBe(`title='甲"乙'`);
		expect(attribute('title', "甲'乙")).toBe(`title="甲'乙"`);
		expect(attribute('title', '甲&乙')).toBe('title="甲&amp;乙"');
		expect(attribute('title', `"'`)).toBeNull();
	});

	test('marks suggestions pending, which the clause parser reads, and refuses an unknown mark naming the clause', () => {
		const { body } = clausesToMdx([clause('dd-bb', ['正文。'], { topics: ['funding'], related: ['jc-xzjj'], pending: ['topics', 'related'] })]);
		expect(body).toContain('<Clause id="dd-bb" topics="funding" related="jc-xzjj" pending="topics related">');
		expect(parseClauses('x.mdx', body).clauses[0]!.pending).toEqual(['topics', 'related']);
		const wrong = parseClauses('documents/x.mdx', '<Clause id="dd-cc" pending="titles">\n\n正文。\n\n</Clause>', 20);
		expect(wrong.issues).toEqual([{ file: 'documents/x.mdx', line: 21, clause: 'dd-cc', message: 'pending may name topics and related; found "titles"' }]);
	});
});

describe('checking a draft as the build and the verbatim test will', () => {
	const source = ['关于某事的通知', '一、要求', '第一句。第二句。'];
	const meant = [clause('dd-aa', ['第一句。第二句。'], { n: '一、', title: '要求' })];
	const mdx = (body: string) =>
		`---\ntitle: 关于某事的通知\ntitleSource: source\ngenre: 通知\nissuer: { name: null, basis: unknown }\nlevel: 未知\nregion: null\ndate: { value: null, precision: unknown, basis: 未注明 }\nsource: { file: a.txt, lines: 1-3, site: null, url: null }\ndocNumber: null\nomitted: []\n---\n\n${body}`;

	test('passes a draft that reproduces its source', () => {
		expect(verifyDraft('documents/d.mdx', mdx(clausesToMdx(meant).body), meant, source)).toEqual({
			problems: [],
			verbatim: { missing: [], invented: [], leftOut: [] },
		});
	});

	test('reports a source sentence missing from the draft, and draft text not in the source', () => {
		const changed = [clause('dd-aa', ['第一句。编者加的话。'], { n: '一、', title: '要求' })];
		const check = verifyDraft('documents/d.mdx', mdx(clausesToMdx(changed).body), changed, source);
		expect(check.verbatim.missing).toEqual([{ line: 3, sentence: '第二句。' }]);
		expect(check.verbatim.invented).toEqual(['第一句。编者加的话。']);
	});

	test('reports frontmatter the schema refuses and text the parser does not read back', () => {
		const check = verifyDraft('documents/d.mdx', mdx(clausesToMdx(meant).body).replace('genre: 通知', 'genre: 公文'), meant, source);
		expect(check.problems[0]).toMatch(/^documents\/d\.mdx: frontmatter genre: unknown 文种 "公文"/);
		const misread = verifyDraft('documents/d.mdx', mdx('<Clause id="dd-aa" n="一、" title="要求">\n\n*第一句。*第二句。\n\n</Clause>\n'), meant, source);
		expect(misread.problems).toContain('documents/d.mdx: clause dd-aa (line 1) does not read back as written: MDX escaping lost or changed its text');
	});
});

describe('ids and names', () => {
	test('draws fresh ids in the library’s form, never one already taken and never from the number', () => {
		const result = run('x.txt', '关于某事的通知\n一、甲\n正文。\n二、乙\n正文。');
		const ids = result.clauses.map((c) => c.id);
		expect(ids.every(isClauseId)).toBe(true);
		const taken = new Set(ids);
		const again = assignIds([{ n: '一、', title: '甲', role: null, kind: 'han-dun', line: 2, blocks: [] }], 'dd', taken, seededRandom(11));
		expect(ids).not.toContain(again[0]);
		expect(again[0]).toMatch(/^dd-[2-9a-z]{4}$/);
	});

	test('makes a prefix from the slug that no other document uses, and a slug from a file name when it gives one', () => {
		expect(prefixFor('city-league-notice', new Set())).toBe('cln');
		expect(prefixFor('city-league-notice', new Set(['cln']))).toBe('ci');
		expect(slugFromFile('Notice_2025 (final).html')).toBe('notice-2025-final');
		expect(slugFromFile('关于开展评议工作的通知.docx')).toBeNull();
	});
});
