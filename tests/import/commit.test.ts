import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commitImport, type FileOps, type ImportFiles } from '../../src/import/commit.ts';

/** A content folder holding one document, `alpha`, and its source. */
function library(): string {
	const dir = mkdtempSync(join(tmpdir(), 'commit-'));
	mkdirSync(join(dir, 'documents'));
	mkdirSync(join(dir, 'sources'));
	writeFileSync(join(dir, 'documents/alpha.mdx'), 'the current version\n');
	writeFileSync(join(dir, 'sources/alpha.txt'), 'alpha source\n');
	return dir;
}

/** Every file under `dir` with its text, to compare the library before and after. */
function contents(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		const path = join(entry.parentPath, entry.name);
		out[relative(dir, path)] = entry.isFile() ? readFileSync(path, 'utf8') : '(folder)';
	}
	return out;
}

/** The real file operations, except that the n-th rename fails as a full disk would. */
function failingRename(n: number): FileOps {
	let renames = 0;
	return {
		...fs,
		renameSync: (from, to) => {
			if (++renames === n) throw new Error(`ENOSPC: no space left on device, rename '${String(from)}'`);
			fs.renameSync(from, to);
		},
	};
}

/** Importing beta.txt as a new document. */
const newDocument = (dir: string): ImportFiles => ({
	target: join(dir, 'documents/beta.mdx'),
	mdx: 'draft\n',
	source: { path: join(dir, 'sources/beta.txt'), bytes: Buffer.from('beta source\n') },
	keptAs: null,
});

/** Importing alpha-2023.txt as a revision of alpha, whose current version is kept under 2019-05-01. */
const revision = (dir: string, source: ImportFiles['source'] = null): ImportFiles => ({
	target: join(dir, 'documents/alpha.mdx'),
	mdx: 'the new version\n',
	source,
	keptAs: join(dir, 'documents/alpha/2019-05-01.mdx'),
});

describe('writing an import into the library, all or nothing', () => {
	test('a new document: the draft and its source are in place, and nothing else', () => {
		const dir = library();
		commitImport(newDocument(dir), '7');
		expect(contents(dir)).toEqual({ ...contents(library()), 'documents/beta.mdx': 'draft\n', 'sources/beta.txt': 'beta source\n' });
	});

	test('a revision: the draft takes the document’s place and the version it replaces is kept', () => {
		const dir = library();
		commitImport(revision(dir), '7');
		expect(contents(dir)).toMatchObject({ 'documents/alpha.mdx': 'the new version\n', 'documents/alpha/2019-05-01.mdx': 'the current version\n' });
	});

	test('a new document whose draft cannot be moved into place leaves the library as it was: its copied source is removed again', () => {
		const dir = library();
		const before = contents(dir);
		expect(() => {
			commitImport(newDocument(dir), '7', failingRename(2));
		}).toThrow('ENOSPC');
		expect(contents(dir)).toEqual(before);
	});

	test('a revision that fails partway leaves the library as it was: no kept copy, no new folder, the current version untouched', () => {
		for (const failing of [1, 2]) {
			const dir = library();
			const before = contents(dir);
			expect(() => {
				commitImport(revision(dir, { path: join(dir, 'sources/alpha-2023.txt'), bytes: Buffer.from('new source\n') }), '7', failingRename(failing));
			}).toThrow('ENOSPC');
			expect(contents(dir), `rename ${failing} failing`).toEqual(before);
		}
	});

	test('a version already kept under that key is never overwritten, and nothing is written', () => {
		const dir = library();
		mkdirSync(join(dir, 'documents/alpha'));
		writeFileSync(join(dir, 'documents/alpha/2019-05-01.mdx'), 'kept earlier\n');
		const before = contents(dir);
		expect(() => {
			commitImport(revision(dir), '7');
		}).toThrow('EEXIST');
		expect(contents(dir)).toEqual(before);
	});
});
