/**
 * The import command as an editor runs it, on a copy of the fixture library: what it prints,
 * what it writes (the draft and the source copy, both or neither), and what it refuses.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
