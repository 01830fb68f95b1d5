import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { discard, discarded, discardLeftovers } from '../../scripts/lib/discard.ts';

/** A folder of a few files, like a small site. */
function folderWithFiles(): string {
	const parent = mkdtempSync(join(tmpdir(), 'discard-'));
	const site = join(parent, 'dist');
	mkdirSync(join(site, 'documents'), { recursive: true });
	for (let i = 0; i < 50; i++) writeFileSync(join(site, 'documents', `${i}.html`), '<p>条款</p>');
	return site;
}

describe('discarding the old output', () => {
	test('the folder is gone from its place at once, and deleted in the background', async () => {
		const site = folderWithFiles();
		discard(site);
		expect(existsSync(site)).toBe(false);
		await discarded(site);
		expect(readdirSync(join(site, '..'))).toEqual([]);
	});

	test('a folder set aside by a build that was stopped is deleted by the next', async () => {
		const site = folderWithFiles();
		renameSync(site, `${site}.discarded-1-2`);
		mkdirSync(site);
		discardLeftovers(site);
		await discarded(site);
		expect(readdirSync(join(site, '..'))).toEqual(['dist']);
	});

	test('a folder that does not exist is nothing to discard', () => {
		expect(() => {
			discard(join(tmpdir(), 'no-such-folder-here'));
		}).not.toThrow();
	});
});
