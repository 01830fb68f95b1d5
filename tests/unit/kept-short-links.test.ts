/**
 * Short-link pages unchanged since the published build are linked to its files, not written
 * again; a changed page is a new file; the published site is never written to; and a published
 * folder the kept list does not describe, or a forced build, gets every page written.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ShortLinkWriter } from '../../src/cite/kept-short-links.ts';

let work: string;
let published: string;
let file: string;

beforeEach(() => {
	work = mkdtempSync(join(tmpdir(), 'short-links-'));
	published = join(work, 'site');
	file = join(work, 'cache', 'short-links.v8');
});
afterEach(() => {
	rmSync(work, { recursive: true, force: true });
});

/** One build of `pages` into a staging folder, published when it is done, as scripts/build.ts does. */
function build(pages: Record<string, string>, force = false): { linked: number; written: number } {
	const staging = `${published}.partial`;
	mkdirSync(join(staging, 'c'), { recursive: true });
	const writer = new ShortLinkWriter(staging, 'c', { file, published, force });
	for (const [name, html] of Object.entries(pages)) writer.write(`c/${name}`, html);
	const counts = writer.finish();
	rmSync(published, { recursive: true, force: true });
	renameSync(staging, published);
	return counts;
}

const inode = (name: string) => statSync(join(published, 'c', name)).ino;
const text = (name: string) => readFileSync(join(published, 'c', name), 'utf8');

describe('short-link pages kept between builds', () => {
	test('a first build writes every page', () => {
		expect(build({ 'a.html': 'A', 'b.html': 'B' })).toEqual({ linked: 0, written: 2 });
		expect([text('a.html'), text('b.html')]).toEqual(['A', 'B']);
	});

	test('a rebuild links each unchanged page to the published file and writes a changed or new one', () => {
		build({ 'a.html': 'A', 'b.html': 'B' });
		const [a, b] = [inode('a.html'), inode('b.html')];
		expect(build({ 'a.html': 'A', 'b.html': 'B, edited', 'n.html': 'N' })).toEqual({ linked: 1, written: 2 });
		expect(inode('a.html')).toBe(a);
		expect(inode('b.html')).not.toBe(b);
		expect([text('a.html'), text('b.html'), text('n.html')]).toEqual(['A', 'B, edited', 'N']);
	});

	test('the published site is not written to while the next build runs', () => {
		build({ 'a.html': 'A', 'b.html': 'B' });
		const staging = `${published}.partial`;
		mkdirSync(join(staging, 'c'), { recursive: true });
		const writer = new ShortLinkWriter(staging, 'c', { file, published, force: false });
		writer.write('c/a.html', 'A');
		writer.write('c/b.html', 'B, edited');
		writer.finish();
		expect([text('a.html'), text('b.html')]).toEqual(['A', 'B']);
		expect(readFileSync(join(staging, 'c', 'b.html'), 'utf8')).toBe('B, edited');
	});

	test('pages of a published folder changed since (a file added, removed or renamed) are all written', () => {
		build({ 'a.html': 'A', 'b.html': 'B' });
		writeFileSync(join(published, 'c', 'stray.html'), 'S');
		expect(build({ 'a.html': 'A', 'b.html': 'B' })).toEqual({ linked: 0, written: 2 });
	});

	test('pages of a published folder another build made are all written', () => {
		build({ 'a.html': 'A', 'b.html': 'B' });
		rmSync(published, { recursive: true });
		mkdirSync(join(published, 'c'), { recursive: true });
		writeFileSync(join(published, 'c', 'a.html'), 'A');
		writeFileSync(join(published, 'c', 'b.html'), 'B');
		expect(build({ 'a.html': 'A', 'b.html': 'B' })).toEqual({ linked: 0, written: 2 });
	});

	test('with no published site (the last build failed), every page is written', () => {
		build({ 'a.html': 'A' });
		rmSync(published, { recursive: true });
		expect(build({ 'a.html': 'A' })).toEqual({ linked: 0, written: 1 });
		expect(text('a.html')).toBe('A');
	});

	test('a forced build writes every page, and the one after it links again', () => {
		build({ 'a.html': 'A' });
		expect(build({ 'a.html': 'A' }, true)).toEqual({ linked: 0, written: 1 });
		expect(build({ 'a.html': 'A' })).toEqual({ linked: 1, written: 0 });
	});

	test('a damaged kept list is not trusted', () => {
		build({ 'a.html': 'A' });
		writeFileSync(file, readFileSync(file).subarray(0, 20));
		expect(build({ 'a.html': 'A' })).toEqual({ linked: 0, written: 1 });
	});

	test('without a kept list (no cache), every page is written each time', () => {
		const staging = join(work, 'out');
		mkdirSync(join(staging, 'c'), { recursive: true });
		const writer = new ShortLinkWriter(staging, 'c');
		writer.write('c/a.html', 'A');
		expect(writer.finish()).toEqual({ linked: 0, written: 1 });
		expect(readFileSync(join(staging, 'c', 'a.html'), 'utf8')).toBe('A');
	});
});
