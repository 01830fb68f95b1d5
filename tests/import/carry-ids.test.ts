/**
 * Carrying clause ids to a revision: a provision keeps its id when it is renumbered or lightly
 * reworded, a new provision gets a fresh id, and a dropped one is reported gone; through the
 * importer, a carried clause keeps what editors reviewed on it.
 */
import { describe, expect, test } from 'vitest';
import { carryIds, type EarlierClause } from '../../src/import/carry-ids.ts';
import { importSource } from '../../src/import/pipeline.ts';
import { currentVersion, type CurrentVersion } from '../../src/import/revision.ts';
import type { OutlineClause } from '../../src/import/types.ts';
import { readLibrary } from '../../src/library/read-data.ts';
import { seededRandom } from '../../src/utils/random.ts';
import { rules } from './helpers.ts';

/** A clause of the revision: number, title, own text and sub-clauses. */
function clause(n: string | null, title: string | null, text: string, children: OutlineClause[] = []): OutlineClause {
	return {
		n,
		title,
		role: null,
		kind: 'test',
		line: 1,
		blocks: [...(text === '' ? [] : [{ kind: 'text' as const, text, line: 1 }]), ...children.map((c) => ({ kind: 'clause' as const, clause: c }))],
	};
}

/** A clause of the earlier version. */
function earlier(id: string, numberPath: string[], title: string | null, text: string): EarlierClause {
	return { id, numberPath, title, role: null, text };
}

const STAFF = '团干部出现空缺时，应当在3个月内配齐。';
const FUNDS = '乡镇共青团工作经费每年不少于2万元，纳入年度预算。';
const VENUE = '每个乡镇建设一处青年之家，每月开展活动不少于3次。';

const carry = (before: EarlierClause[], after: OutlineClause[], taken = new Set(before.map((c) => c.id))) =>
	carryIds(before, after, 'al', taken, seededRandom(3));

describe('carryIds', () => {
	test('keeps a clause id when its number changes', () => {
		const { ids, report } = carry(
			[earlier('al-aaaa', ['一、'], '配齐', STAFF), earlier('al-bbbb', ['二、'], '经费', FUNDS)],
			[clause('一、', '经费', FUNDS), clause('二、', '配齐', STAFF)],
		);
		expect(ids).toEqual(['al-bbbb', 'al-aaaa']);
		expect(report.matched).toEqual([
			{ id: 'al-bbbb', before: '二、经费', after: '一、经费', identical: true, percent: 100 },
			{ id: 'al-aaaa', before: '一、配齐', after: '二、配齐', identical: true, percent: 100 },
		]);
		expect(report.new).toEqual([]);
		expect(report.gone).toEqual([]);
	});

	test('keeps a clause id when a few characters change, and reports how alike the texts are', () => {
		const { ids, report } = carry([earlier('al-aaaa', ['一、'], '配齐', STAFF)], [clause('一、', '配齐', '团干部出现空缺时，应当在2个月内配齐配强。')]);
		expect(ids).toEqual(['al-aaaa']);
		expect(report.matched).toEqual([{ id: 'al-aaaa', before: '一、配齐', after: '一、配齐', identical: false, percent: 90 }]);
	});

	test('gives an added clause a fresh id that no clause has used', () => {
		const taken = new Set(['al-aaaa', 'al-old1', 'al-gone']);
		const { ids, report } = carry([earlier('al-aaaa', ['一、'], '配齐', STAFF)], [clause('一、', '配齐', STAFF), clause('二、', '阵地', VENUE)], taken);
		expect(ids[0]).toBe('al-aaaa');
		expect(ids[1]).toMatch(/^al-[2-9a-z]{4}$/);
		expect(['al-aaaa', 'al-old1', 'al-gone']).not.toContain(ids[1]);
		expect(taken.has(ids[1]!)).toBe(true);
		expect(report.new).toEqual([{ id: ids[1], label: '二、阵地' }]);
	});

	test('skips a fresh id that is taken, even when the seed would draw it', () => {
		const a = carry([], [clause('一、', null, VENUE)], new Set()).ids;
		const b = carry([], [clause('一、', null, VENUE)], new Set(a)).ids;
		expect(b[0]).not.toBe(a[0]);
	});

	test('reports a removed clause as gone', () => {
		const { ids, report } = carry([earlier('al-aaaa', ['一、'], '配齐', STAFF), earlier('al-bbbb', ['二、'], '经费', FUNDS)], [clause('一、', '配齐', STAFF)]);
		expect(ids).toEqual(['al-aaaa']);
		expect(report.gone).toEqual([{ id: 'al-bbbb', label: '二、经费' }]);
	});

	test('pairs two near-identical earlier clauses with one new clause at most once', () => {
		const { ids, report } = carry(
			[earlier('al-aaaa', ['1.'], null, '各乡镇团委每月开展活动不少于3次。'), earlier('al-bbbb', ['2.'], null, '各街道团委每月开展活动不少于3次。')],
			[clause('1.', null, '各街道团委每月开展活动不少于3次。')],
		);
		expect(ids).toEqual(['al-bbbb']);
		expect(report.gone).toEqual([{ id: 'al-aaaa', label: '1.' }]);
	});

	test('on a tie, prefers the earlier clause with the same number', () => {
		const text = '各团委每月开展活动不少于3次。';
		const { ids } = carry(
			[earlier('al-aaaa', ['1.'], null, '各团委每月开展活动不少于2次。'), earlier('al-bbbb', ['2.'], null, '各团委每月开展活动不少于4次。')],
			[clause('2.', null, text)],
		);
		expect(ids).toEqual(['al-bbbb']);
	});

	test('pairs headings by their titles, identical first, then alike', () => {
		const { ids, report } = carry(
			[earlier('al-h001', ['一、'], '总体要求', ''), earlier('al-h002', ['二、'], '主要任务', ''), earlier('al-t001', ['二、', '（一）'], null, STAFF)],
			[clause('一、', '主要任务和措施', '', [clause('（一）', null, STAFF)]), clause('二、', '总体要求', '')],
		);
		expect(ids).toEqual(['al-h002', 'al-t001', 'al-h001']);
		expect(report.matched.map((m) => [m.id, m.identical, m.percent])).toEqual([
			['al-h002', false, 72],
			['al-t001', true, 100],
			['al-h001', true, 100],
		]);
	});

	test('never pairs a heading with a clause that has text, nor texts less than half alike', () => {
		const { ids, report } = carry(
			[earlier('al-h001', ['一、'], STAFF, ''), earlier('al-t001', ['二、'], null, FUNDS)],
			[clause('一、', null, STAFF), clause('二、', null, VENUE)],
		);
		expect(ids).not.toContain('al-h001');
		expect(ids).not.toContain('al-t001');
		expect(report.gone.map((g) => g.id)).toEqual(['al-h001', 'al-t001']);
		expect(report.new).toHaveLength(2);
	});
});

describe('a revision through the importer', () => {
	const library = readLibrary(new URL('../fixtures/library/', import.meta.url).pathname);
	const revise = (text: string, current: CurrentVersion) =>
		importSource({
			sourceFile: 'beta-2022.txt',
			bytes: new TextEncoder().encode(text),
			rules,
			library,
			taken: new Set(library.clauses.keys()),
			slug: 'beta',
			prefix: null,
			random: seededRandom(3),
			today: '2025-01-01',
			revises: current,
		});
	const REPORT = [
		'某县团委工作报告',
		'1.落实经费。团的工作经费纳入年度预算，乡镇共青团工作经费不少于3万元。按照《中共中央关于加强和改革党的群团工作的意见》要求执行。',
	].join('\n');

	test('keeps the prefix, and a carried clause’s topics, relations and aliases; its suggestions stay 待审 only where they were', () => {
		const current = currentVersion(library, 'beta')!;
		const withAlias = {
			...current,
			clauses: current.clauses.map((c) => (c.id === 'be-p002' ? { ...c, aliases: ['be-old2'], pending: ['related' as const] } : c)),
		};
		const result = revise(REPORT, withAlias);
		expect(result.prefix).toBe('be');
		expect(result.clauses.map((c) => c.id)).toEqual(['be-p002']);
		expect(result.mdx).toContain('<Clause id="be-p002" n="1." title="落实经费。" topics="funding" related="落实:al-sec2" aliases="be-old2" pending="related">');
		expect(result.carried?.gone).toEqual([{ id: 'be-p001', label: '1.加强阵地建设。' }]);
	});
});
