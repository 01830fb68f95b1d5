import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { factsReader, KeptFacts } from '../../src/checks/kept-facts.ts';
import { readPageFacts, type PageFacts } from '../../src/checks/page-facts.ts';
import { verifyOutput } from '../../src/checks/verify-output.ts';

/** A small built site on disk. */
function site(pages: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'kept-facts-'));
	for (const [file, html] of Object.entries(pages)) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), html);
	}
	return root;
}

const pages = {
	'index.html': '<a href="documents/a.html#a-1">a</a><a href="documents/b.html#b-1">b</a>',
	'documents/a.html': '<section id="a-1">第一条</section>',
	'documents/b.html': '<section id="b-1">第一条</section>',
};
const files = Object.keys(pages);

/** Verifies the site from the facts read (kept or fresh). */
const problems = (read: Map<string, { facts: PageFacts }>) => verifyOutput(new Map([...read].map(([file, r]) => [file, r.facts] as [string, PageFacts])));

/** The facts kept in folder `dir`, as the next build reads them. */
const kept = (dir: string, reader = factsReader()) => new KeptFacts(dir, reader);
/** The kept facts' files in `dir`. */
const keptFiles = (dir: string) => readdirSync(dir).sort();

describe('page facts kept between builds', () => {
	test('a rebuild parses only the pages whose bytes changed, and reads the same facts', async () => {
		const root = site(pages);
		const dir = `${root}-facts`;
		const first = await readPageFacts(root, files);
		expect(first.parsed).toBe(3);
		kept(dir).keep(first.byDigest);

		writeFileSync(join(root, 'documents/b.html'), '<section id="b-1">第一条（修改）</section><section id="b-2">第二条</section>');
		const again = await readPageFacts(root, files, kept(dir));
		expect(again.parsed).toBe(1);
		expect(again.pages.get('documents/a.html')).toEqual(first.pages.get('documents/a.html'));
		expect([...again.pages.get('documents/b.html')!.facts.ids]).toEqual(['b-1', 'b-2']);
	});

	test('a page read from kept facts is still checked: its link to a removed clause is reported', async () => {
		const root = site(pages);
		const dir = `${root}-facts`;
		kept(dir).keep((await readPageFacts(root, files)).byDigest);
		writeFileSync(join(root, 'documents/b.html'), '<section id="b-2">第二条</section>');
		const again = await readPageFacts(root, files, kept(dir));
		expect(again.parsed).toBe(1);
		expect(problems(again.pages)).toEqual([expect.objectContaining({ file: 'index.html', url: 'documents/b.html#b-1' })]);
	});

	test('facts of more pages than one record holds all come back, each under its own digest', async () => {
		const many = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`c/${i}.html`, `<a id="x${i}" href="../documents/a.html#a-${i}">${i}</a>`]));
		const root = site(many);
		const dir = `${root}-facts`;
		const first = await readPageFacts(root, Object.keys(many));
		kept(dir).keep(first.byDigest);
		const again = kept(dir);
		expect(again.digests.length).toBe(600);
		expect(again.facts()).toEqual(first.byDigest);
	});

	test('a rebuild adds only the facts of its changed pages, and the files are put together into one once too many facts are unused', async () => {
		const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`c/${i}.html`, `<p id="p${i}">${i}</p>`]));
		const root = site(many);
		const dir = `${root}-facts`;
		kept(dir).keep((await readPageFacts(root, Object.keys(many))).byDigest);
		expect(keptFiles(dir)).toEqual(['facts-1.v8']);
		// One page changed: a second file holds its facts alone.
		writeFileSync(join(root, 'c/0.html'), '<p id="p0">〇</p>');
		let known = kept(dir);
		known.keep((await readPageFacts(root, Object.keys(many), known)).byDigest);
		expect(keptFiles(dir)).toEqual(['facts-1.v8', 'facts-2.v8']);
		expect(kept(dir).digests.length).toBe(21);
		// Nothing changed: nothing written.
		known = kept(dir);
		known.keep((await readPageFacts(root, Object.keys(many), known)).byDigest);
		expect(keptFiles(dir)).toEqual(['facts-1.v8', 'facts-2.v8']);
		// Six more changed: 7 of the 27 facts kept are unused, over a quarter; one file with this build's 20 replaces both.
		for (let i = 1; i <= 6; i++) writeFileSync(join(root, `c/${i}.html`), `<p id="p${i}">改${i}</p>`);
		known = kept(dir);
		const last = await readPageFacts(root, Object.keys(many), known);
		expect(last.parsed).toBe(6);
		known.keep(last.byDigest);
		expect(keptFiles(dir)).toEqual(['facts-3.v8']);
		expect(kept(dir).facts()).toEqual(last.byDigest);
	});

	test('facts read by other code are not reused, and are replaced', async () => {
		const root = site(pages);
		const dir = `${root}-facts`;
		kept(dir).keep((await readPageFacts(root, files)).byDigest);
		expect(kept(dir).digests.length).toBe(3);
		const other = kept(dir, 'another reader');
		expect(other.digests).toEqual([]);
		expect((await readPageFacts(root, files, other)).parsed).toBe(3);
		other.keep((await readPageFacts(root, files, other)).byDigest);
		expect(keptFiles(dir)).toEqual(['facts-2.v8']);
		expect(kept(dir).digests).toEqual([]);
		expect(kept(dir, 'another reader').digests.length).toBe(3);
	});

	test('a forced build reads none of the kept facts and replaces them', async () => {
		const root = site(pages);
		const dir = `${root}-facts`;
		kept(dir).keep((await readPageFacts(root, files)).byDigest);
		const ignored = new KeptFacts(dir, factsReader(), true);
		expect(ignored.digests).toEqual([]);
		const read = await readPageFacts(root, files, ignored);
		expect(read.parsed).toBe(3);
		ignored.keep(read.byDigest);
		expect(keptFiles(dir)).toEqual(['facts-2.v8']);
	});

	test('a damaged file is not trusted: its pages are parsed again, even when only its facts after the digests are damaged', async () => {
		const root = site(pages);
		const dir = `${root}-facts`;
		const first = await readPageFacts(root, files);
		kept(dir).keep(first.byDigest);
		const file = join(dir, 'facts-1.v8');
		// Cut exactly before the end mark, after the digests and facts: the digests are read, the facts are not trusted.
		truncateSync(file, statSync(file).size - 4);
		const cut = kept(dir);
		expect(cut.digests.length).toBe(3);
		const again = await readPageFacts(root, files, cut);
		expect(again.parsed).toBe(3);
		expect(again.pages).toEqual(first.pages);
		// Cut inside the digests: nothing is read from it.
		truncateSync(file, 40);
		expect(kept(dir).digests).toEqual([]);
		expect((await readPageFacts(root, files, kept(dir))).pages).toEqual(first.pages);
		rmSync(dir, { recursive: true });
		expect(kept(dir).digests).toEqual([]);
	});
});
