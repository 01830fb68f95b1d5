import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSite } from '../../src/checks/check-site.ts';

/**
 * A site whose home page another step is still writing (as the offline copy rewrites it with the
 * ZIP's size): `rewrite` is what that step leaves there, once the verifier has read every other page.
 */
async function check(home: string | null, rewrite: string) {
	const root = mkdtempSync(join(tmpdir(), 'check-site-'));
	writeFileSync(join(root, 'a.html'), '<section id="s1">第一条</section><a href="index.html">首页</a>');
	if (home !== null) writeFileSync(join(root, 'index.html'), home);
	const written = new Promise<void>((resolve) => {
		setTimeout(() => {
			writeFileSync(join(root, 'index.html'), rewrite);
			resolve();
		}, 100);
	});
	const keptIn = `${root}-facts.v8`;
	rmSync(keptIn, { force: true });
	const job = { root, site: 'https://lib.example/', keptIn, force: false, files: ['a.html', 'index.html'], pending: ['index.html'] };
	try {
		return await checkSite(job, written);
	} finally {
		await written;
	}
}

describe('the verifier beside the step still writing a page', () => {
	test('a page that step rewrites with a broken link is refused, though it read well before', async () => {
		await expect(check('<a href="a.html#s1">a</a>', '<a href="a.html#s1">a</a><a href="gone.html">gone</a>')).rejects.toThrow(
			'index.html: no such page gone.html: gone.html',
		);
	});

	test('a problem the step writes away is not reported', async () => {
		await expect(check('<a href="gone.html">gone</a>', '<a href="a.html#s1">a</a>')).resolves.toMatchObject({ checked: 2 });
	});

	test('text the step changes, links unchanged, passes; a placeholder it leaves is refused', async () => {
		await expect(check('<p>⟦size⟧</p><a href="a.html">a</a>', '<p>12 MB</p><a href="a.html">a</a>')).resolves.toMatchObject({ checked: 2 });
		await expect(check('<p>⟦size⟧</p><a href="a.html">a</a>', '<p>⟦size⟧</p><a href="a.html">a</a>')).rejects.toThrow(
			'A build placeholder was left in: index.html',
		);
	});

	test('a page the step has not yet written is checked once it has', async () => {
		await expect(check(null, '<a href="a.html#s2">a</a>')).rejects.toThrow('index.html: no #s2 in a.html');
		await expect(check(null, '<a href="a.html#s1">a</a>')).resolves.toMatchObject({ checked: 2 });
	});

	test('a link to a script the step is still writing is judged as once it is written', async () => {
		const root = mkdtempSync(join(tmpdir(), 'check-site-'));
		writeFileSync(join(root, 'a.html'), '<a href="sw.js">worker</a><a href="index.html">首页</a>');
		writeFileSync(join(root, 'index.html'), '<a href="a.html">a</a>');
		const written = new Promise<void>((resolve) => {
			setTimeout(() => {
				writeFileSync(join(root, 'sw.js'), 'self.addEventListener("install", () => {});');
				writeFileSync(join(root, 'index.html'), '<a href="a.html">a</a>');
				resolve();
			}, 100);
		});
		const job = {
			root,
			site: 'https://lib.example/',
			keptIn: `${root}-facts.v8`,
			force: false,
			files: ['a.html', 'index.html', 'sw.js'],
			pending: ['index.html', 'sw.js'],
		};
		await expect(checkSite(job, written)).rejects.toThrow('a.html: no such page sw.js: sw.js');
		await written;
	});
});
