import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite();

describe('weight of a document page', () => {
	test('the longest document page transfers at most 100 KB and loads no script file while the reader reads', async () => {
		const context = await site.browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		let bytes = 0;
		const requested: string[] = [];
		page.on('requestfinished', (r) => {
			requested.push(new URL(r.url()).pathname);
			void r.sizes().then((s) => {
				bytes += s.responseBodySize + s.responseHeadersSize;
			});
		});
		await page.goto(`${site.url}documents/jinchang-dangjian-daituanjian-plan.html`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(200);
		expect(requested).toEqual(['/documents/jinchang-dangjian-daituanjian-plan.html']);
		expect(bytes).toBeLessThanOrEqual(100 * 1024);
		// The page's own small scripts (theme, "/", reading position, copy and offline loaders), as sent gzipped.
		const code = await page.evaluate(() =>
			[...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].map((s) => s.textContent ?? '').join('\n'),
		);
		const inlineScript = gzipSync(code).length;
		expect(inlineScript).toBeLessThanOrEqual(3 * 1024);
		console.log(
			`document page: ${(bytes / 1024).toFixed(1)} KB transferred; inline script ${(code.length / 1024).toFixed(1)} KB, ${(inlineScript / 1024).toFixed(1)} KB gzipped`,
		);
		await context.close();
	});
});
