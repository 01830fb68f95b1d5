import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { forwardingIds, shortLinkPage } from '../../src/cite/short-link-page.ts';
import { fixtureLibraryDir, fixtureWith, readLibrary } from '../helpers/fixture-library.ts';

const site = new URL('https://example.org/policy/');

describe('the short-link page of a clause', () => {
	const library = readLibrary(fixtureLibraryDir);

	test('forwards to the clause in its document without JavaScript, with a plain link meanwhile', () => {
		const html = parse(shortLinkPage(library, 'be-p002', site)!);
		expect(html.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe('0; url=../documents/beta.html#be-p002');
		expect(html.querySelector('main a')!.getAttribute('href')).toBe('../documents/beta.html#be-p002');
		expect(html.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('https://example.org/policy/documents/beta.html#be-p002');
		expect(html.querySelector('html')!.getAttribute('lang')).toBe('zh-CN');
		// ?hl= (a phrase to mark) is kept on the way when scripts run
		expect(html.querySelector('script')!.textContent).toContain('location.search');
	});

	test('an alias forwards to the clause that now holds it; a removed id gets no forwarding page', () => {
		const dir = fixtureWith('documents/alpha.mdx', (t) => t.replace('id="al-sec2"', 'id="al-new2" aliases="al-sec2"'));
		writeFileSync(join(dir, 'documents/beta.mdx'), readFileSync(join(dir, 'documents/beta.mdx'), 'utf8').replace('落实:al-sec2', '落实:al-new2'));
		const moved = readLibrary(dir);
		expect(forwardingIds(moved)).toContain('al-sec2');
		expect(shortLinkPage(moved, 'al-sec2', site)).toContain('url=../documents/alpha.html#al-new2');
		expect(shortLinkPage(moved, 'no-such-id', site)).toBeNull();
	});

	test('escapes titles, so a title cannot break out of the page', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace('title: 某县团委工作报告', 'title: "报告</title><script>alert(1)</script>"'));
		const html = shortLinkPage(readLibrary(dir), 'be-p002', site)!;
		expect(html).not.toContain('<script>alert(1)');
		expect(parse(html).querySelector('title')!.textContent).toContain('报告</title><script>alert(1)</script>');
	});
});
