import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BackgroundWrites, writeFiles, writeFilesInWorker } from '../../src/build/write-files.ts';

describe('writing generated site files', () => {
	test('writes each file, making its folders, and counts them', () => {
		const root = mkdtempSync(join(tmpdir(), 'files-'));
		expect(
			writeFiles({
				root,
				files: [
					['c/a.html', '甲'],
					['c/b.html', '乙'],
					['documents/x/2020.html', '丙'],
				],
			}),
		).toBe(3);
		expect(readFileSync(join(root, 'c/b.html'), 'utf8')).toBe('乙');
		expect(readFileSync(join(root, 'documents/x/2020.html'), 'utf8')).toBe('丙');
	});

	test('an error names the file it could not write', () => {
		const root = mkdtempSync(join(tmpdir(), 'files-'));
		writeFileSync(join(root, 'c'), 'a file where a folder should be');
		expect(() => writeFiles({ root, files: [['c/a.html', '甲']] })).toThrow(`could not write c/a.html in ${root}`);
	});

	test('in a worker thread, as the build does, with the same error', async () => {
		const root = mkdtempSync(join(tmpdir(), 'files-'));
		await expect(writeFilesInWorker({ root, files: [['c/a.html', '甲']] })).resolves.toBe(1);
		expect(readFileSync(join(root, 'c/a.html'), 'utf8')).toBe('甲');
		writeFileSync(join(root, 'd'), '');
		await expect(writeFilesInWorker({ root, files: [['d/a.html', '甲']] })).rejects.toThrow('could not write d/a.html');
	});
});

describe('writes left running while the build goes on', () => {
	test('are all waited for', async () => {
		const writes = new BackgroundWrites();
		const done: number[] = [];
		for (const ms of [60, 10, 30])
			writes.add(
				new Promise((resolve) => {
					setTimeout(() => {
						done.push(ms);
						resolve(ms);
					}, ms);
				}),
			);
		await writes.settled();
		expect(done.sort()).toEqual([10, 30, 60]);
	});

	test('a failure surfaces where they are waited for, not as an unhandled rejection before', async () => {
		const writes = new BackgroundWrites();
		writes.add(Promise.reject(new Error('disk full')));
		await new Promise((resolve) => setTimeout(resolve, 20));
		await expect(writes.settled()).rejects.toThrow('disk full');
	});
});
