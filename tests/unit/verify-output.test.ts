import { describe, expect, test } from 'vitest';
import { verifyOutput } from '../../src/checks/verify-output.ts';

const site = (extra: Record<string, string>) =>
	verifyOutput(new Map(Object.entries({ 'index.html': '<a href="documents/a.html#x">a</a>', 'documents/a.html': '<p id="x">x</p>', ...extra })));

describe('the output verifier', () => {
	test('accepts relative links, inline styles and data: URLs', () => {
		expect(
			site({
				'b.html':
					'<link rel="icon" href="data:,"><style>body{background:url(data:image/png;base64,AA)}</style><a href="index.html">home</a><script src="search/search.js"></script><form action="index.html"></form>',
				'search/search.js': 'var a="search/x.json"',
			}),
		).toEqual([]);
	});

	test('accepts the SVG namespace name in a script: it identifies, it is never fetched', () => {
		expect(site({ 'search/search.js': 'document.createElementNS("http://www.w3.org/2000/svg","svg")' })).toEqual([]);
	});

	test('names a script or form target that is not in the build', () => {
		expect(site({ 'documents/b.html': '<script src="../search/serch.js"></script><form action="../search.html"></form>' })).toEqual([
			{ file: 'documents/b.html', problem: 'missing file (script src)', url: '../search/serch.js' },
			{ file: 'documents/b.html', problem: 'missing file (form action)', url: '../search.html' },
		]);
	});

	test('names a root-absolute URL', () => {
		expect(site({ 'b.html': '<script src="/_astro/x.js"></script>' })).toEqual([
			{ file: 'b.html', problem: 'root-absolute URL (breaks from disk and under a sub-path) (script src)', url: '/_astro/x.js' },
		]);
	});

	test('names a link to a folder', () => {
		expect(site({ 'b.html': '<a href="documents/">all</a>' })).toEqual([{ file: 'b.html', problem: 'links to a folder', url: 'documents/' }]);
	});

	test('names a module script loaded from a file', () => {
		expect(site({ 'b.html': '<script type="module" src="search/x.js"></script>', 'search/x.js': '' })).toEqual([
			{ file: 'b.html', problem: 'module script loaded from a file (blocked from disk)', url: 'search/x.js' },
		]);
	});

	test('names crossorigin', () => {
		expect(site({ 'b.html': '<link rel="preload" href="index.html" crossorigin>' })).toEqual([
			{ file: 'b.html', problem: 'crossorigin attribute', url: 'index.html' },
		]);
	});

	test('names fetch in an inline script', () => {
		const problems = site({ 'b.html': '<script>fetch("data.json").then(r => r.json())</script>' });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'b.html', problem: 'fetch() in an inline script (a page must read without it)' });
		expect(problems[0]!.url).toContain('fetch("data.json")');
	});

	test('names references to other hosts: fonts in CSS, CDN scripts, analytics in our own scripts', () => {
		expect(
			site({
				'b.html': '<style>@import "https://fonts.example/css";</style><script src="https://cdn.example/x.js"></script>',
				'site.css': 'body{background:url(//img.example/a.png)}',
				'search/search.js': 'navigator.sendBeacon("https://stats.example/hit")',
			}),
		).toEqual([
			{ file: 'b.html', problem: 'reference to another host (script src)', url: 'https://cdn.example/x.js' },
			{ file: 'b.html', problem: 'reference to another host in CSS', url: 'https://fonts.example/css' },
			{ file: 'site.css', problem: 'reference to another host in CSS', url: '//img.example/a.png' },
			{ file: 'search/search.js', problem: 'reference to another host in a script', url: 'https://stats.example/hit' },
		]);
	});
	test('reads every kind of reference, nested at any depth: srcset, poster, object data, style attributes, inline scripts', () => {
		const page =
			'<main><section><figure><img src="a.png" srcset="ok.png 1x, /abs.png 2x"><video poster="//cdn.example/p.jpg"></video></figure>' +
			'<object data="https://x.example/o.svg"></object><p style="background:url(/bg.png)">x</p><script>fetch("x.json")</script></section></main>';
		expect(site({ 'b.html': page, 'a.png': '' })).toEqual([
			{ file: 'b.html', problem: 'reference to another host (video poster)', url: '//cdn.example/p.jpg' },
			{ file: 'b.html', problem: 'reference to another host (object data)', url: 'https://x.example/o.svg' },
			{ file: 'b.html', problem: 'root-absolute URL (breaks from disk and under a sub-path) (srcset)', url: '/abs.png' },
			{ file: 'b.html', problem: 'fetch() in an inline script (a page must read without it)', url: 'fetch("x.json")' },
			{ file: 'b.html', problem: 'root-absolute URL (breaks from disk and under a sub-path) in CSS', url: '/bg.png' },
		]);
	});
});
