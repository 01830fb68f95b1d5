import { mkdirSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { factsReader, keepFacts, readKeptFacts } from '../../src/checks/kept-facts.ts';
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

describe('page facts kept between builds', () => {
	test('a rebuild parses only the pages whose bytes changed, and reads the same facts', async () => {
		const root = site(pages);
		const keptFile = join(root, '..', `${root.split('/').pop()}-facts.v8`);
		const first = await readPageFacts(root, files);
		expect(first.parsed).toBe(3);
		keepFacts(keptFile, factsReader(), first.byDigest);

		writeFileSync(join(root, 'documents/b.html'), '<section id="b-1">第一条（修改）</section><section id="b-2">第二条</section>');
		const again = await readPageFacts(root, files, readKeptFacts(keptFile, factsReader()));
		expect(again.parsed).toBe(1);
		expect(again.pages.get('documents/a.html')).toEqual(first.pages.get('documents/a.html'));
		expect([...again.pages.get('documents/b.html')!.facts.ids]).toEqual(['b-1', 'b-2']);
	});

	test('a page read from kept facts is still checked: its link to a removed clause is reported', async () => {
		const root = site(pages);
		const keptFile = `${root}-facts.v8`;
		keepFacts(keptFile, factsReader(), (await readPageFacts(root, files)).byDigest);
		writeFileSync(join(root, 'documents/b.html'), '<section id="b-2">第二条</section>');
		const again = await readPageFacts(root, files, readKeptFacts(keptFile, factsReader()));
		expect(again.parsed).toBe(1);
		expect(problems(again.pages)).toEqual([expect.objectContaining({ file: 'index.html', url: 'documents/b.html#b-1' })]);
	});

	test('facts of more pages than one record holds all come back, each under its own digest', async () => {
		const many = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`c/${i}.html`, `<a id="x${i}" href="../documents/a.html#a-${i}">${i}</a>`]));
		const root = site(many);
		const keptFile = `${root}-facts.v8`;
		const first = await readPageFacts(root, Object.keys(many));
		keepFacts(keptFile, factsReader(), first.byDigest);
		const kept = readKeptFacts(keptFile, factsReader());
		expect(kept.size).toBe(600);
		expect(kept).toEqual(first.byDigest);
	});

	test('facts read by other code, or a damaged file, are not reused', async () => {
		const root = site(pages);
		const keptFile = `${root}-facts.v8`;
		keepFacts(keptFile, factsReader(), (await readPageFacts(root, files)).byDigest);
		expect(readKeptFacts(keptFile, factsReader()).size).toBe(3);
		expect(readKeptFacts(keptFile, 'another reader').size).toBe(0);
		truncateSync(keptFile, 200);
		expect(readKeptFacts(keptFile, factsReader()).size).toBe(0);
		// Cut exactly after a record, the file lacks its end mark: still not trusted.
		keepFacts(keptFile, factsReader(), (await readPageFacts(root, files)).byDigest);
		truncateSync(keptFile, statSync(keptFile).size - 4);
		expect(readKeptFacts(keptFile, factsReader()).size).toBe(0);
		rmSync(keptFile);
		expect(readKeptFacts(keptFile, factsReader()).size).toBe(0);
	});
});
