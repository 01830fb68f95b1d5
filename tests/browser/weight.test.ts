import { statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir } from '../helpers/built-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite(distDir);
/** The real library's longest document page: the heaviest a reader opens. */
const longest = [...builtPages().keys()]
	.filter((f) => f.startsWith('documents/'))
	.sort((a, b) => statSync(join(distDir, b)).size - statSync(join(distDir, a)).size)[0]!;

describe('weight of a document page', () => {
	test(`the longest document page (${longest}) transfers at most 100 KB and loads no script file while the reader reads`, async () => {
		const page = await site.page({ serviceWorkers: 'block' });
		const requested: string[] = [];
		const sizes: Promise<number>[] = [];
		page.on('requestfinished', (r) => {
			requested.push(new URL(r.url()).pathname);
			sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
		});
		await page.goto(`${site.url}${longest}`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(200);
		expect(requested).toEqual([`/${longest}`]);
		const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
		expect(bytes, 'bytes transferred').toBeGreaterThan(0);
		expect(bytes).toBeLessThanOrEqual(100 * 1024);
		// The page's own small scripts (theme, "/", reading position, copy and offline loaders), as sent gzipped.
		const code = await page.evaluate(() =>
			[...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map((s) => s.textContent).join('\n'),
		);
		const inlineScript = gzipSync(code).length;
		expect(inlineScript).toBeLessThanOrEqual(3 * 1024);
		console.log(
			`${longest}: ${(bytes / 1024).toFixed(1)} KB transferred; inline script ${(code.length / 1024).toFixed(1)} KB, ${(inlineScript / 1024).toFixed(1)} KB gzipped`,
		);
	});
});
