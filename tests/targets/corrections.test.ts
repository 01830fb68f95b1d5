/**
 * Editors' corrections (content/target-corrections.yaml) on the fixture library: what a drop and
 * an add do, and every bad correction refused with the file, line, clause and value.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LibraryError } from '../../src/library/errors.ts';
import { readCorrections } from '../../src/targets/corrections.ts';
import { buildTargets } from '../../src/targets/targets-model.ts';
import { fixtureLibraryDir, readLibrary } from '../helpers/fixture-library.ts';

const library = readLibrary(fixtureLibraryDir);
const SHOWN = 'content/target-corrections.yaml';

/** Builds the targets with a corrections file of the given YAML text. */
function withCorrections(yaml: string) {
	const file = join(mkdtempSync(join(tmpdir(), 'corrections-')), 'target-corrections.yaml');
	writeFileSync(file, yaml);
	return buildTargets(library, readCorrections(file, SHOWN), SHOWN);
}

/** The problems a corrections file is refused with, one line each. */
function refused(yaml: string): string[] {
	try {
		withCorrections(yaml);
	} catch (error) {
		if (error instanceof LibraryError)
			return error.message
				.split('\n')
				.slice(1)
				.map((l) => l.replace(/^ {2}- /, ''));
		throw error;
	}
	throw new Error('expected the corrections to be refused');
}

describe('corrections', () => {
	test('without a corrections file the rules stand alone', () => {
		expect(readCorrections(join(tmpdir(), 'no-such-file.yaml'), SHOWN)).toEqual([]);
		expect(buildTargets(library).requirements.map((t) => t.id)).toEqual(['t-al-sec1-1', 't-al-sec2-1']);
	});

	test('a drop removes the target whose number lies in the phrase', () => {
		const model = withCorrections('- clause: al-sec1\n  phrase: 在3个月内配齐\n  action: drop\n  note: 测试\n');
		expect(model.requirements.map((t) => t.clauseId)).toEqual(['al-sec2']);
		expect(model.byClause.has('al-sec1')).toBe(false);
	});

	test('an add replaces the rules’ reading of the same number, taking the number from the text', () => {
		const model = withCorrections(
			'- clause: be-p002\n  phrase: 乡镇共青团工作经费不少于2万元\n  action: add\n  measure: 乡镇共青团工作经费\n  bound: at-least\n  period: 每年\n  note: 报告转述的是经费标准\n',
		);
		const added = model.requirements.find((t) => t.clauseId === 'be-p002');
		expect(added).toMatchObject({
			origin: 'editor',
			bound: 'at-least',
			period: '每年',
			family: '工作经费',
			quantity: { phrase: '2万元', value: 2, unit: '万元' },
		});
		expect(added?.sentence).toBe('团的工作经费纳入年度预算，乡镇共青团工作经费不少于2万元。');
		expect(model.achievements.map((t) => t.clauseId)).toEqual(['be-p001']);
	});
});

describe('a bad correction stops the build, naming file, line, clause and value', () => {
	test('an unknown clause id', () => {
		expect(
			refused('- clause: al-sec1\n  phrase: 3个月\n  action: drop\n  note: 测试\n- clause: al-gone\n  phrase: 3个月\n  action: drop\n  note: 测试\n'),
		).toEqual([`${SHOWN}:5 [clause al-gone] clause "al-gone" does not exist`]);
	});

	test('a phrase that no longer occurs in its clause', () => {
		expect(refused('- clause: al-sec1\n  phrase: 在5个月内配齐\n  action: drop\n  note: 测试\n')).toEqual([
			`${SHOWN}:1 [clause al-sec1] phrase "在5个月内配齐" no longer occurs in the clause's text`,
		]);
	});

	test('a drop that drops nothing', () => {
		expect(refused('- clause: al-sec1\n  phrase: 团干部出现空缺时\n  action: drop\n  note: 测试\n')).toEqual([
			`${SHOWN}:1 [clause al-sec1] drop: no extracted target lies in phrase "团干部出现空缺时"; the correction is stale`,
		]);
	});

	test('an add whose phrase holds no number', () => {
		expect(refused('- clause: al-sec2\n  phrase: 认真落实\n  action: add\n  measure: 落实\n  bound: exactly\n  note: 测试\n')).toEqual([
			`${SHOWN}:1 [clause al-sec2] add: no number in "认真落实"`,
		]);
	});

	test('an add whose mark is not in its phrase', () => {
		expect(refused('- clause: al-sec2\n  phrase: 不少于2万元\n  mark: 3万元\n  action: add\n  measure: 经费\n  bound: at-least\n  note: 测试\n')).toEqual([
			`${SHOWN}:1 [clause al-sec2] add: mark "3万元" is not in the phrase`,
		]);
	});

	test('an add whose phrase occurs twice in the clause', () => {
		expect(refused('- clause: be-p002\n  phrase: 工作经费\n  action: add\n  measure: 经费\n  bound: at-least\n  note: 测试\n')).toEqual([
			`${SHOWN}:1 [clause be-p002] phrase "工作经费" occurs 2 times in the clause; lengthen it so that it names one place`,
		]);
	});

	test('an add whose phrase runs over two sentences', () => {
		expect(refused('- clause: al-sec2\n  phrase: 2万元。认真落实\n  action: add\n  measure: 经费\n  bound: at-least\n  note: 测试\n')).toEqual([
			`${SHOWN}:1 [clause al-sec2] phrase "2万元。认真落实" runs over two sentences; a target stands in one`,
		]);
	});

	test("an unknown period names its own line; a missing note names the correction's", () => {
		expect(refused('- clause: al-sec2\n  phrase: 2万元\n  action: add\n  measure: 经费\n  bound: at-least\n  period: 每世纪一次\n')).toEqual([
			`${SHOWN}:1 [clause al-sec2] note: a note saying why the correction is needed is required`,
			`${SHOWN}:6 [clause al-sec2] period: unknown period "每世纪一次"; expected one of 每年、每半年、每季度、每月、每周、每日、每学期、年内、一次性、长期, or 每两年, 每三个月…`,
		]);
	});

	test('a requirement without a bound', () => {
		expect(refused('- clause: al-sec2\n  phrase: 2万元\n  action: add\n  measure: 经费\n  note: 测试\n')).toEqual([
			`${SHOWN}:1 [clause al-sec2] bound: a requirement needs a bound (at-least, at-most, exactly, within or range)`,
		]);
	});

	test('an unknown action', () => {
		expect(refused('- clause: al-sec2\n  phrase: 2万元\n  action: fix\n  note: 测试\n')).toEqual([
			`${SHOWN}:3 [clause al-sec2] action: action must be add or drop`,
		]);
	});

	test('YAML that does not parse', () => {
		expect(refused('- clause: al-sec2\n  phrase: [2万元\n')[0]).toMatch(new RegExp(`^${SHOWN}:\\d+ YAML syntax error: `));
	});
});
