import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { verifyOutputIntegration } from '../../integrations/verify-output.ts';

/** Runs the verifier's build hook on a folder, as Astro does at the end of a build. */
async function runHook(files: Record<string, string>): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'out-'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	const { hooks } = verifyOutputIntegration();
	// Each run with its own cache: the pages' facts are kept there between builds.
	const cacheDir = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'cache-'))}/`);
	(hooks['astro:config:done'] as (options: unknown) => void)({ config: { site: 'https://lib.example/', cacheDir } });
	await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger: { info: () => {} } });
}

describe('the verifier as the last step of the build', () => {
	test('passes a good output', async () => {
		await expect(runHook({ 'index.html': '<a href="a.html">a</a>', 'a.html': '<p>a</p>' })).resolves.toBeUndefined();
	});

	test('stops the build naming the file and the offending URL', async () => {
		await expect(runHook({ 'index.html': '<a href="a.html">a</a>', 'a.html': '<link rel="stylesheet" href="https://fonts.example/cjk.css">' })).rejects.toThrow(
			'a.html: reference to another host: https://fonts.example/cjk.css',
		);
	});

	test('accepts a canonical URL on the site address, and refuses one elsewhere', async () => {
		await expect(runHook({ 'index.html': '<link rel="canonical" href="https://lib.example/">' })).resolves.toBeUndefined();
		await expect(runHook({ 'index.html': '<link rel="canonical" href="https://other.example/">' })).rejects.toThrow(
			'index.html: canonical URL not on the site address https://lib.example/: https://other.example/',
		);
	});

	test('stops the build when a build placeholder was left in a page', async () => {
		await expect(runHook({ 'index.html': '<p>ZIP，⟦export-size⟧</p>' })).rejects.toThrow('A build placeholder was left in: index.html');
	});
});
