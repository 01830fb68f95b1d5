import { describe, expect, test } from 'vitest';
import { shareOut } from '../../src/checks/page-facts.ts';

describe('pages dealt out to the verifier’s workers', () => {
	// As the site is listed: each document page beside the folder of its version pages.
	const documentPages = Array.from({ length: 1000 }, (_, i) => `documents/doc-${String(i).padStart(5, '0')}.html`);
	const versionPages = documentPages.map((p) => p.replace('.html', '/2010.html'));
	const listed = documentPages.flatMap((p, i) => [versionPages[i]!, p]);

	test('every page goes to exactly one share', () => {
		const shares = shareOut(listed, 2);
		expect(shares.flat().sort()).toEqual([...listed].sort());
	});

	test('each share holds a like part of the large document pages, however they alternate with small ones', () => {
		for (const workers of [2, 3, 4]) {
			for (const share of shareOut(listed, workers)) {
				const large = share.filter((p) => documentPages.includes(p)).length;
				expect(Math.abs(large - 1000 / workers), `${workers} workers`).toBeLessThan(1000 / workers / 5);
			}
		}
	});

	test('the same pages are dealt the same way every build', () => {
		expect(shareOut(listed, 2)).toEqual(shareOut([...listed], 2));
	});
});
