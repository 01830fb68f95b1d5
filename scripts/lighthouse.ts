/**
 * Lighthouse (mobile profile) with the system Chromium on the built site, served on localhost
 * with text compression as a static host would: a document page and the search page.
 * Prints the four category scores; asserts nothing.
 *
 *   npm run build && npm run lighthouse
 */
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './lib/serve-static.ts';

const server = await serveStatic(resolve(process.env['OUT_DIR'] ?? 'dist'));
const chrome = await chromeLauncher.launch({
	chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
});
const pages = [
	['document page', 'documents/jinchang-dangjian-daituanjian-plan.html'],
	['search page', 'search.html?q=推优入党'],
] as const;
try {
	console.log(
		`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile profile, Chromium at ${process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'}`,
	);
	for (const [name, path] of pages) {
		const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
		const c = result!.lhr.categories;
		const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
		console.log(
			`${name.padEnd(14)} Performance ${score('performance')}  Accessibility ${score('accessibility')}  Best Practices ${score('best-practices')}  SEO ${score('seo')}`,
		);
		for (const [k, cat] of Object.entries(c)) {
			if ((cat.score ?? 1) < 1) {
				const failing = cat.auditRefs.filter((r) => r.weight > 0 && (result!.lhr.audits[r.id]?.score ?? 1) < 1).map((r) => r.id);
				if (failing.length > 0) console.log(`  ${k}: ${failing.join(', ')}`);
			}
		}
	}
} finally {
	chrome.kill();
	await server.close();
}
