import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { finishSite } from '../../integrations/finish-site.ts';
import { EXPORT_SIZE_MARKER, exportFileName } from '../../src/offline/export.ts';

const BUILD_DATE = '2026-11-23';
const ZIP = exportFileName(BUILD_DATE);
/** A home page as the build leaves it for the last step: it links the ZIP and holds the marker for its size. */
const HOME = `<a href="a.html">a</a><a href="${ZIP}">离线副本（${EXPORT_SIZE_MARKER}）</a>`;

/** Runs the last step's build hook on a folder, as Astro does at the end of a build; resolves to the folder. */
async function runHook(
	files: Record<string, string>,
	{
		dir = mkdtempSync(join(tmpdir(), 'out-')),
		cache = mkdtempSync(join(tmpdir(), 'cache-')),
		log,
	}: { dir?: string; cache?: string; log?: (line: string) => void } = {},
): Promise<string> {
	for (const [name, text] of Object.entries({ 'index.html': HOME, 'a.html': '<p>a</p>', ...files })) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	const { hooks } = finishSite({ buildDate: BUILD_DATE });
	// Each run with its own cache unless given one: the pages' facts and the ZIP are kept there between builds.
	const cacheDir = pathToFileURL(`${cache}/`);
	(hooks['astro:config:done'] as (options: unknown) => void)({ config: { site: 'https://lib.example/', cacheDir } });
	await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger: { info: log ?? (() => {}) } });
	return dir;
}

describe('the last step of the build: the offline copy and the verifier', () => {
	test('passes a good output, and the verifier reads the home page only once the offline copy has stated the ZIP size in it', async () => {
		const dir = await runHook({});
		const home = readFileSync(join(dir, 'index.html'), 'utf8');
		expect(home).not.toContain(EXPORT_SIZE_MARKER);
		expect(home).toMatch(/离线副本（\d+ KB）/);
		expect(existsSync(join(dir, ZIP))).toBe(true);
		expect(existsSync(join(dir, 'sw.js'))).toBe(true);
	});

	test('stops the build naming the file and the offending URL', async () => {
		await expect(runHook({ 'a.html': '<link rel="stylesheet" href="https://fonts.example/cjk.css">' })).rejects.toThrow(
			'a.html: reference to another host: https://fonts.example/cjk.css',
		);
	});

	test('accepts a canonical URL on the site address, and refuses one elsewhere', async () => {
		await expect(runHook({ 'a.html': '<link rel="canonical" href="https://lib.example/a.html">' })).resolves.toBeTypeOf('string');
		await expect(runHook({ 'a.html': '<link rel="canonical" href="https://other.example/">' })).rejects.toThrow(
			'a.html: canonical URL not on the site address https://lib.example/: https://other.example/',
		);
	});

	test('stops the build when a build placeholder was left in a page', async () => {
		await expect(runHook({ 'a.html': '<p>⟦clause-count⟧</p>' })).rejects.toThrow('A build placeholder was left in: a.html');
	});

	test('a failed offline copy fails the build with its own error, not the stopped verifier', async () => {
		await expect(runHook({ 'index.html': '<a href="a.html">a</a>' })).rejects.toThrow(
			`index.html has no ${EXPORT_SIZE_MARKER} marker for the offline copy's size`,
		);
	});

	test('a rebuild takes the unchanged pages from the last ZIP by the digests the verifier read, and a changed page as it is now', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'cache-'));
		const pages = { 'b.html': '<p>乙</p>', 'c/x.html': '<p>丙</p>' };
		await runHook(pages, { cache });
		const lines: string[] = [];
		const again = await runHook({ ...pages, 'b.html': '<p>乙（修改）</p>' }, { cache, log: (line) => lines.push(line) });
		const files = unzipSync(readFileSync(join(again, ZIP)));
		const folder = ZIP.replace(/\.zip$/, '');
		expect(Buffer.from(files[`${folder}/b.html`]!).toString()).toBe('<p>乙（修改）</p>');
		expect(Buffer.from(files[`${folder}/c/x.html`]!).toString()).toBe('<p>丙</p>');
		// a.html and c/x.html unchanged; b.html, and sw.js (whose version covers b.html), compressed again.
		expect(lines.join('\n')).toContain('(2 files unchanged since the last build)');
	});
});
