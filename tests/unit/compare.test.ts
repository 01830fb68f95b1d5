import { describe, expect, test } from 'vitest';
import { diffChars, similarity } from '../../src/compare/char-diff.ts';
import { compareDocuments, comparedPairs } from '../../src/compare/compare-documents.ts';
import { readLibrary } from '../../src/library/read-data.ts';
import { compareView, documentSides } from '../../src/page-data/compare.ts';
import { href } from '../../src/utils/links.ts';

const library = readLibrary(new URL('../fixtures/validity/', import.meta.url).pathname, undefined, '2026-01-01');

describe('a character diff that reads well in Chinese', () => {
	test('marks a replaced word and an added phrase inside the clause', () => {
		expect(diffChars('收缴的款项按时上交。', '收缴的款项按月上交上级团委。')).toEqual([
			{ kind: 'same', text: '收缴的款项按' },
			{ kind: 'removed', text: '时' },
			{ kind: 'added', text: '月' },
			{ kind: 'same', text: '上交' },
			{ kind: 'added', text: '上级团委' },
			{ kind: 'same', text: '。' },
		]);
	});

	test('a lone shared character between two changes is folded into one replaced phrase', () => {
		expect(diffChars('街道建设', '社道区建设')).toEqual([
			{ kind: 'removed', text: '街道' },
			{ kind: 'added', text: '社道区' },
			{ kind: 'same', text: '建设' },
		]);
	});

	test('identical texts are one shared run; similarity is 1 for them and low for unrelated ones', () => {
		expect(diffChars('团员按月交纳团费。', '团员按月交纳团费。')).toEqual([{ kind: 'same', text: '团员按月交纳团费。' }]);
		expect(similarity('团支部书记负责收缴工作。', '团支部书记负责收缴工作。')).toBe(1);
		expect(similarity('团支部书记负责收缴工作。', '团员可通过网上渠道交纳。')).toBeLessThan(0.5);
	});
});

describe('comparing a repealed document with its successor, clause by clause', () => {
	const comparison = compareDocuments(library, 'dues-old', 'dues-management');

	test('pairs the declared successor', () => {
		expect(comparedPairs(library)).toEqual([{ from: 'dues-old', to: 'dues-management' }]);
	});

	test('finds the changed, renumbered and moved, added and removed clauses', () => {
		expect(comparison.rows.map((r) => [r.kind, 'before' in r ? r.before.id : null, 'after' in r ? r.after.id : null])).toEqual([
			['changed', 'df-s1', 'dm-s1'],
			['changed', 'df-s3', 'dm-s2'],
			['moved', 'df-s2', 'dm-s3'],
			['added', null, 'dm-s4'],
			['removed', 'df-s4', null],
		]);
		expect(comparison.counts).toEqual({ changed: 2, moved: 1, added: 1, removed: 1, same: 0 });
	});

	test('the changed clause carries the words added', () => {
		const first = comparison.rows[0]!;
		expect(first.kind === 'changed' && first.diff).toEqual([
			{ kind: 'same', text: '团员按月交纳团费' },
			{ kind: 'added', text: '，团支部每季度公布收缴情况' },
			{ kind: 'same', text: '。' },
		]);
	});

	test('the page says it in words, and links each new clause', () => {
		const route = { page: 'compare', from: 'dues-old', to: 'dues-management' } as const;
		const view = compareView(comparison, documentSides(library, comparison, route), (id) => href(route, { page: 'document', slug: 'dues-management' }, id));
		expect(view.summary).toBe('修改 2 条，移动 1 条，新增 1 条，删除 1 条，未变 0 条。');
		expect(view.rows.map((r) => r.kindLabel)).toEqual(['修改', '修改', '移动', '新增', '删除']);
		expect(view.rows[1]).toMatchObject({ afterLabel: '二、', beforeLabel: '三、', afterHref: '../documents/dues-management.html#dm-s2' });
		expect(view.rows[0]).toMatchObject({ afterLabel: '一、', beforeLabel: null });
		expect(view.rows[4]).toMatchObject({ afterLabel: null, beforeLabel: '四、', afterHref: null });
	});
});
