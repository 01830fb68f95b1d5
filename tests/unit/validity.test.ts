import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LibraryError } from '../../src/library/errors.ts';
import { readDocument, readLibrary } from '../../src/library/read-data.ts';
import { citationValidityNote, shownValidity } from '../../src/library/validity.ts';
import { validityStatuses } from '../../src/schemas/validity.ts';

const fixtureDir = new URL('../fixtures/validity/', import.meta.url).pathname;
const library = readLibrary(fixtureDir);
const validity = (slug: string) => library.documentsBySlug.get(slug)!.meta.validity;

/** A copy of the validity fixture with one document changed by `edit`. */
function withEdit(name: string, edit: (text: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'validity-'));
	cpSync(fixtureDir, dir, { recursive: true });
	const path = join(dir, 'documents', name);
	const after = edit(readFileSync(path, 'utf8'));
	writeFileSync(path, after);
	return dir;
}

/** The problems reading one edited document, as `file:line message`. */
function documentProblems(name: string, edit: (text: string) => string): string[] {
	const { issues } = readDocument(withEdit(name, edit), name);
	return issues.map((i) => `${i.file.replace(/^.*\/documents\//, 'documents/')}:${i.line ?? '-'} ${i.message}`);
}

/** The problems building a library with one edited document. */
function libraryProblems(name: string, edit: (text: string) => string): string[] {
	try {
		readLibrary(withEdit(name, edit));
	} catch (error) {
		if (error instanceof LibraryError) return error.issues.map((i) => `${i.file.replace(/^.*\/documents\//, 'documents/')} ${i.message}`);
		throw error;
	}
	throw new Error('expected the library to be refused');
}

describe('validity as editors record it', () => {
	test('a document that says nothing of its validity is 不详, basis 来源未载明', () => {
		expect(validity('volunteer-notice')).toEqual({ status: '不详', basis: '来源未载明', effective: null, validUntil: null, term: null, successor: null });
		expect(shownValidity(validity('volunteer-notice'), '2026-01-01')).toMatchObject({ status: '不详', label: '时效性不详', reason: '来源未载明' });
	});

	test('a recorded status shows with its basis', () => {
		expect(shownValidity(validity('dues-old'), '2026-01-01')).toMatchObject({
			status: '已废止',
			label: '已废止',
			reason: '本办法自2021年3月1日起废止，由《某市团委关于团费收缴管理的办法》代替。',
			computed: false,
		});
	});

	test('a successor lists what it replaced', () => {
		expect(validity('dues-old').successor).toBe('dues-management');
		expect(library.replaced.get('dues-management')).toEqual(['dues-old']);
		expect(library.replaced.get('dues-old')).toBeUndefined();
	});
});

describe('期满失效, worked out against the build date', () => {
	test('a document past its valid-until date shows 期满失效 with the date', () => {
		expect(shownValidity(validity('youth-home-interim'), '2021-01-01')).toMatchObject({
			status: '期满失效',
			reason: '有效期至2020年12月31日，已届满',
			validUntil: '2020-12-31',
			computed: true,
		});
	});

	test('on its last day and before, it shows the recorded status', () => {
		expect(shownValidity(validity('youth-home-interim'), '2020-12-31').status).toBe('现行有效');
		expect(shownValidity(validity('youth-home-interim'), '2019-06-01').status).toBe('现行有效');
	});

	test('a valid-until year or month lasts to its end', () => {
		const until = (validUntil: string, day: string) => shownValidity({ ...validity('youth-home-interim'), validUntil }, day).status;
		expect(until('2020', '2020-12-31')).toBe('现行有效');
		expect(until('2020', '2021-01-01')).toBe('期满失效');
		expect(until('2020-06', '2020-06-30')).toBe('现行有效');
		expect(until('2020-06', '2020-07-01')).toBe('期满失效');
	});

	test('a repealed document stays 已废止 after its valid-until date', () => {
		expect(shownValidity({ ...validity('dues-old'), validUntil: '2019-12-31' }, '2026-01-01').status).toBe('已废止');
	});
});

describe('what a citation says of validity', () => {
	const note = (slug: string, day = '2026-01-01') => citationValidityNote(shownValidity(validity(slug), day));
	test('nothing for a document in force', () => {
		expect(note('dues-management')).toBeNull();
	});
	test('the status for one out of force, the date for one lapsed, the reason for one unknown', () => {
		expect(note('dues-old')).toBe('〔已废止〕');
		expect(note('youth-home-interim')).toBe('〔期满失效，有效期至2020年12月31日〕');
		expect(note('volunteer-notice')).toBe('〔时效性不详：来源未载明〕');
	});
});

describe('bad validity input stops the build, naming the file and the value', () => {
	test('an unknown status code', () => {
		expect(documentProblems('dues-management.mdx', (t) => t.replace('status: 现行有效', 'status: 有效'))).toEqual([
			`documents/dues-management.mdx:22 frontmatter validity.status: unknown validity status "有效"; expected one of ${validityStatuses.join('、')}`,
		]);
	});

	test('a valid-until date before the effective date', () => {
		expect(documentProblems('youth-home-interim.mdx', (t) => t.replace('validUntil: "2020-12-31"', 'validUntil: "2017-12-31"'))).toEqual([
			'documents/youth-home-interim.mdx:21 frontmatter validity: validity.validUntil "2017-12-31" is before validity.effective "2018-01-01"',
		]);
	});

	test('a valid-until date that is no date', () => {
		expect(documentProblems('youth-home-interim.mdx', (t) => t.replace('validUntil: "2020-12-31"', 'validUntil: "2020-02-30"'))).toEqual([
			'documents/youth-home-interim.mdx:25 frontmatter validity.validUntil: validity.validUntil "2020-02-30" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)',
		]);
	});

	test('a successor that does not exist', () => {
		expect(libraryProblems('dues-old.mdx', (t) => t.replace('successor: dues-management', 'successor: dues-new'))).toEqual([
			'documents/dues-old.mdx validity.successor "dues-new" is not a document of the library',
		]);
	});

	test('a document named as its own successor', () => {
		expect(libraryProblems('dues-old.mdx', (t) => t.replace('successor: dues-management', 'successor: dues-old'))).toEqual([
			'documents/dues-old.mdx validity.successor "dues-old" is the document itself',
		]);
	});
});
