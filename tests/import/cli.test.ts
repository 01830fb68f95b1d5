/**
 * The import command as an editor runs it, on a copy of the fixture library: what it prints,
 * what it writes (the draft and the source copy, both or neither), and what it refuses; and
 * the same for a revision of a document (--revises), which moves the current version aside.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readLibrary } from '../../src/library/read-data.ts';
import { fixtures } from './helpers.ts';

const root = new URL('../../', import.meta.url).pathname;

/** A fresh content folder: the fixture library plus the boilerplate rules. */
function contentCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
	cpSync(join(root, 'tests/fixtures/library'), dir, { recursive: true });
	copyFileSync(join(root, 'content/boilerplate.yaml'), join(dir, 'boilerplate.yaml'));
	return dir;
}

function importCommand(args: string[]): { status: number | null; out: string; err: string } {
	const r = spawnSync(process.execPath, ['scripts/import.ts', ...args, '--seed', '5'], { cwd: root, encoding: 'utf8' });
	return { status: r.status, out: r.stdout, err: r.stderr };
}

const files = (dir: string) => [...readdirSync(join(dir, 'documents')), ...readdirSync(join(dir, 'sources'))].sort();

describe('npm run import', () => {
	test('writes the draft and a copy of the source, prints the outline, and the library reads the new document', () => {
		const content = contentCopy();
		const source = join(fixtures, 'docx-plan/input.docx');
		const r = importCommand([source, '--slug', 'volunteer-plan', '--content', content]);
		expect(r.err).toBe('');
		expect(r.status).toBe(0);
		expect(r.out).toContain('Outline: 11 clauses');
		expect(r.out).toMatch(/ 3 +一、 +总体目标/);
		expect(r.out).toContain('Next: review the draft');
		expect(readFileSync(join(content, 'sources/input.docx')).equals(readFileSync(source))).toBe(true);
		const library = readLibrary(content);
		const doc = library.documentsBySlug.get('volunteer-plan')!;
		expect(doc.meta.title).toBe('青禾市青年志愿服务提升行动方案');
		expect(doc.allClauseIds).toHaveLength(11);
		expect(doc.allClauseIds.every((id) => id.startsWith('vp-'))).toBe(true);
		expect(doc.allClauseIds.some((id) => library.clauses.get(id)!.pending?.includes('topics'))).toBe(true);
	});

	test('with --dry-run prints the same review and writes nothing', () => {
		const content = contentCopy();
		const before = files(content);
		const r = importCommand([join(fixtures, 'speech/input.txt'), '--slug', 'speech', '--dry-run', '--content', content]);
		expect(r.status).toBe(0);
		expect(r.out).toContain('讲话');
		expect(r.out).toContain('--dry-run: nothing written.');
		expect(files(content)).toEqual(before);
	});

	test('never overwrites a document', () => {
		const content = contentCopy();
		const before = readFileSync(join(content, 'documents/alpha.mdx'), 'utf8');
		const r = importCommand([join(fixtures, 'speech/input.txt'), '--slug', 'alpha', '--content', content]);
		expect(r.status).toBe(1);
		expect(r.err).toMatch(
			/documents\/alpha\.mdx already exists: the importer never overwrites a document\. Choose another --slug, or remove the old draft first\.\n$/,
		);
		expect(readFileSync(join(content, 'documents/alpha.mdx'), 'utf8')).toBe(before);
	});

	test('writes nothing when it refuses a file', () => {
		const content = contentCopy();
		const before = files(content);
		const pdf = join(mkdtempSync(join(tmpdir(), 'import-pdf-')), 'plan.pdf');
		writeFileSync(pdf, '%PDF-1.7\n');
		const r = importCommand([pdf, '--content', content]);
		expect(r.status).toBe(1);
		expect(r.err).toMatch(/^Not imported: plan\.pdf: is a PDF\. .*\nNothing was written\.\n$/s);
		expect(files(content)).toEqual(before);
	});

	test('asks for a slug when the file’s name gives none, and checks slug and prefix', () => {
		const content = contentCopy();
		const named = join(mkdtempSync(join(tmpdir(), 'import-name-')), '关于开展评议工作的通知.txt');
		writeFileSync(named, '关于开展评议工作的通知\n一、要求\n正文。');
		expect(importCommand([named, '--content', content]).err).toBe(
			"关于开展评议工作的通知.txt: its name gives no slug (the document's address, in lower-case ASCII); give one with --slug, e.g. --slug city-league-notice-2025\n",
		);
		expect(importCommand([named, '--slug', 'Bad Slug', '--content', content]).err).toBe(
			'--slug "Bad Slug" must be lower-case letters and digits joined by dashes, e.g. city-league-notice-2025\n',
		);
		expect(importCommand([named, '--slug', 'ok', '--prefix', 'x1', '--content', content]).err).toBe('--prefix "x1" must be 1–8 lower-case letters, e.g. cl\n');
		expect(importCommand(['/no/such/file.txt']).err).toBe('/no/such/file.txt: no such file\n');
	});

	test('refuses a source whose name is taken by a different file, and reuses an identical one', () => {
		const content = contentCopy();
		const dir = mkdtempSync(join(tmpdir(), 'import-same-'));
		const same = join(dir, 'alpha.txt');
		writeFileSync(same, '另一份文件\n一、要求\n正文。');
		const r = importCommand([same, '--slug', 'other', '--content', content]);
		expect(r.status).toBe(1);
		expect(r.err).toMatch(
			/sources\/alpha\.txt already exists and differs from .*alpha\.txt: rename the file before importing it, so each source keeps its name\.\n$/,
		);
		expect(existsSync(join(content, 'documents/other.mdx'))).toBe(false);
		copyFileSync(join(content, 'sources/alpha.txt'), same);
		const again = importCommand([same, '--slug', 'alpha-again', '--content', content]);
		expect(again.status).toBe(0);
		expect(again.out).toMatch(/\(the source was already in .*sources\)\./);
	});
});

/** Every file under a folder, by path, with its bytes: to show a refused import wrote nothing. */
function snapshot(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		const path = join(entry.parentPath, entry.name);
		if (entry.isFile()) out.set(relative(dir, path), readFileSync(path).toString('base64'));
	}
	return out;
}

/** A revision of the fixture document alpha (2020-05): its two sections swapped, one reworded, one added. */
const REVISION = [
	'关于加强基层团建的通知',
	'各团委：',
	'一、保障经费',
	'乡镇共青团工作经费每年不少于3万元。认真落实《中共中央关于加强和改进党的群团工作的意见》。',
	'二、配齐团干部',
	'团干部出现空缺时，应当在3个月内配齐。',
	'三、建设阵地',
	'每个乡镇建设一处青年之家。',
	'某市团委',
	'2021年6月1日',
].join('\n');

function sourceFile(name: string, text: string): string {
	const file = join(mkdtempSync(join(tmpdir(), 'import-revision-')), name);
	writeFileSync(file, text);
	return file;
}

describe('npm run import -- --revises', () => {
	test('moves the current version to <slug>/<key>.mdx, writes the revision with the ids that carry over, and prints what carried over', () => {
		const content = contentCopy();
		const original = readFileSync(join(content, 'documents/alpha.mdx'));
		const r = importCommand([sourceFile('alpha-2021.txt', REVISION), '--revises', 'alpha', '--content', content]);
		expect(r.err).toBe('');
		expect(r.status).toBe(0);
		expect(r.out).toContain(
			[
				'与现行版本 2020-05 对照：沿用 3 条（未改 2 条，有改动 1 条），新增 2 条，删去 0 条',
				'  沿用  al-pre1  引言  未改',
				'  沿用  al-sec2  二、保障经费 → 一、保障经费  有改动，相似度 97%',
				'  沿用  al-sec1  一、配齐团干部 → 二、配齐团干部  未改',
				'  新增  al-qs8n  三、建设阵地',
				'  新增  al-4mrg  结语',
			].join('\n'),
		);
		expect(r.out).toMatch(/The version it revises, 2020-05, is now .*documents\/alpha\/2020-05\.mdx\./);
		expect(readFileSync(join(content, 'documents/alpha/2020-05.mdx')).equals(original)).toBe(true);
		expect(readdirSync(join(content, 'documents/alpha'))).toEqual(['2020-05.mdx']);
		expect(existsSync(join(content, 'sources/alpha-2021.txt'))).toBe(true);

		const library = readLibrary(content);
		const doc = library.documentsBySlug.get('alpha')!;
		expect(doc.meta.date.value).toBe('2021-06-01');
		expect(doc.meta.version).toBeNull();
		expect(doc.allClauseIds).toEqual(['al-pre1', 'al-sec2', 'al-sec1', 'al-qs8n', 'al-4mrg']);
		// the library reads the two versions, and knows which clauses the revision changed and added
		expect(library.versions.get('alpha')!.map((v) => v.key)).toEqual(['2020-05', '2021-06-01']);
		expect(['al-sec1', 'al-sec2', 'al-qs8n'].map((id) => library.clauseHistory.get(id)!.kind)).toEqual(['original', 'changed', 'added']);
		// A clause that carried over keeps its reviewed topics; only the new one is marked 待审.
		const sec2 = library.clauses.get('al-sec2')!;
		expect([sec2.n, sec2.text, sec2.topics, sec2.pending]).toEqual([
			'一、',
			'乡镇共青团工作经费每年不少于3万元。认真落实《中共中央关于加强和改进党的群团工作的意见》。',
			['funding'],
			undefined,
		]);
		expect(library.clauses.get('al-qs8n')!.pending).toContain('topics');
		expect(readFileSync(join(content, 'documents/alpha.mdx'), 'utf8')).toContain('<Clause id="al-sec1" n="二、" title="配齐团干部" topics="cadre-staffing">\n');
	});

	test('writes --version into the revision’s frontmatter, after omitted', () => {
		const content = contentCopy();
		const r = importCommand([sourceFile('alpha-2021.txt', REVISION), '--revises', 'alpha', '--version', '2021-07-01', '--content', content]);
		expect(r.status).toBe(0);
		expect(readFileSync(join(content, 'documents/alpha.mdx'), 'utf8')).toContain('\nomitted: []\nversion: 2021-07-01\n---\n');
		expect(readLibrary(content).documentsBySlug.get('alpha')!.meta.version).toBe('2021-07-01');
	});

	test('with --dry-run prints the same review and what carries over, and writes nothing', () => {
		const content = contentCopy();
		const before = snapshot(content);
		const r = importCommand([sourceFile('alpha-2021.txt', REVISION), '--revises', 'alpha', '--dry-run', '--content', content]);
		expect(r.status).toBe(0);
		expect(r.out).toContain('沿用 3 条（未改 2 条，有改动 1 条），新增 2 条，删去 0 条');
		expect(r.out).toContain('--dry-run: nothing written.');
		expect(snapshot(content)).toEqual(before);
	});

	const refusals: {
		name: string;
		args: (content: string) => string[];
		text?: string;
		setup?: (content: string) => void;
		message: (content: string) => string;
	}[] = [
		{
			name: 'a document the library does not have',
			args: () => ['--revises', 'gamma'],
			message: (content) => `--revises gamma: no document gamma in ${relative(root, join(content, 'documents'))}`,
		},
		{
			name: 'a --slug that is not the revised document’s',
			args: () => ['--revises', 'alpha', '--slug', 'alpha-2021'],
			message: () => "--revises alpha: --slug alpha-2021 differs from it; a revision keeps its document's slug, so leave out --slug",
		},
		{
			name: 'a current version without a date or version',
			args: () => ['--revises', 'beta'],
			message: () =>
				'--revises beta: documents/beta.mdx has no version key (its date is unknown and it has no version field): set version: YYYY-MM-DD in its frontmatter first, the date its text bears',
		},
		{
			name: 'a revision without a date',
			args: () => ['--revises', 'alpha'],
			text: REVISION.replace('2021年6月1日', ''),
			message: () => '--revises alpha: the importer found no date in the new text; give its date with --version YYYY-MM-DD\nNothing was written.',
		},
		{
			name: 'a --version that is not a date',
			args: () => ['--revises', 'alpha', '--version', 'June'],
			message: () => '--version "June" is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY)',
		},
		{
			name: 'a revision dated as the current version',
			args: () => ['--revises', 'alpha', '--version', '2020-05'],
			message: () =>
				'--revises alpha: the new version 2020-05 is already the key of a version of alpha (two versions cannot share a date); give its own date with --version YYYY-MM-DD\nNothing was written.',
		},
		{
			name: 'a revision dated as an earlier version',
			args: () => ['--revises', 'alpha', '--version', '2019'],
			setup: (content) => {
				// an earlier version of alpha, as the library reads it: the same document dated 2019
				mkdirSync(join(content, 'documents/alpha'));
				const current = readFileSync(join(content, 'documents/alpha.mdx'), 'utf8');
				const earlier = current.replace(/value: "?2020-05"?\n(\s*)precision: \w+/, 'value: "2019"\n$1precision: year');
				expect(earlier).not.toBe(current);
				writeFileSync(join(content, 'documents/alpha/2019.mdx'), earlier);
			},
			message: () =>
				'--revises alpha: the new version 2019 is already the key of a version of alpha (two versions cannot share a date); give its own date with --version YYYY-MM-DD\nNothing was written.',
		},
		{
			name: 'a revision older than the current version',
			args: () => ['--revises', 'alpha', '--version', '2019-12-31'],
			message: () =>
				'--revises alpha: the new version 2019-12-31 is not later than the current version 2020-05; a revision must be newer (give its date with --version YYYY-MM-DD)\nNothing was written.',
		},
	];
	for (const refusal of refusals) {
		test(`refuses ${refusal.name}, naming the value, and writes nothing`, () => {
			const content = contentCopy();
			refusal.setup?.(content);
			const before = snapshot(content);
			const r = importCommand([sourceFile('alpha-2021.txt', refusal.text ?? REVISION), ...refusal.args(content), '--content', content]);
			expect(r.err).toBe(`${refusal.message(content)}\n`);
			expect(r.status).toBe(1);
			expect(snapshot(content)).toEqual(before);
		});
	}
});
