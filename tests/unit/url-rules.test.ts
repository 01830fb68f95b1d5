import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../../src/checks/links.ts';
import { refersToFile, resolveRelative, urlProblem } from '../../src/checks/url-rules.ts';
import { verifyOutput } from '../../src/checks/verify-output.ts';

describe('what a URL in the built site may be', () => {
	test('relative paths, fragments and the schemes that reach nowhere else', () => {
		expect(['../index.html', 'a.html#x', '#x', '?q=1', '', 'data:,', 'mailto:a@b.example', 'tel:123', 'DATA:image/png;base64,AA'].map(urlProblem)).toEqual(
			Array(9).fill(null),
		);
	});

	test('refuses another host, a root-absolute path and a javascript: URL, saying why', () => {
		expect(urlProblem('https://cdn.example/x.js')).toBe('reference to another host');
		expect(urlProblem('//cdn.example/x.js')).toBe('reference to another host');
		expect(urlProblem('/documents/a.html')).toBe('root-absolute URL (breaks from disk and under a sub-path)');
		expect(urlProblem(' JavaScript:void(0)')).toBe('javascript: URL (a page must work without script in its links)');
	});

	test('the link check and the verifier apply the same rule to javascript:', () => {
		const pages = new Map([['index.html', '<a href="javascript:void(0)">x</a>']]);
		expect(findBrokenLinks(pages)).toEqual([
			{ file: 'index.html', href: 'javascript:void(0)', problem: 'javascript: URL (a page must work without script in its links)' },
		]);
		expect(verifyOutput(new Map([['index.html', '<form action="javascript:go()"></form>']]))).toEqual([
			{ file: 'index.html', problem: 'javascript: URL (a page must work without script in its links) (form action)', url: 'javascript:go()' },
		]);
	});

	test('which URLs name a file, and which file', () => {
		expect(['a.html', '../b.js?x=1', '#x', '?q=1', '', 'mailto:a@b.example'].map(refersToFile)).toEqual([true, true, false, false, false, false]);
		expect(resolveRelative('documents/a.html', '../topics/t%C3%A4.html#p-1')).toEqual({ file: 'topics/tä.html', fragment: 'p-1' });
		expect(resolveRelative('documents/a.html', '#x')).toEqual({ file: 'documents/a.html', fragment: 'x' });
	});
});
