/**
 * Chromium for a browser test file, and a build on a local server. Pages and contexts a test
 * opens through `page()` and `context()` are closed after it; one it opened any other way and
 * left open fails the test, so no test leaves pages behind for the next.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';

/** A browser shared by the tests of one file. */
export interface TestBrowser {
	browser: Browser;
	/** A new context, closed after the test (or, opened in a beforeAll, when the file ends). */
	context(options?: BrowserContextOptions): Promise<BrowserContext>;
	/** A new page in a context of its own, closed like `context()`. */
	page(options?: BrowserContextOptions): Promise<Page>;
}

/** For a browser test file: Chromium, started before the tests and closed after them. */
export function useBrowser(): TestBrowser {
	let browser: Browser | undefined;
	let inTest = false;
	let before = new Set<BrowserContext>();
	const opened: BrowserContext[] = [];
	const site = {
		get browser(): Browser {
			if (!browser) throw new Error('Chromium is not started yet: use the browser inside tests and hooks');
			return browser;
		},
		async context(options?: BrowserContextOptions) {
			const context = await site.browser.newContext(options);
			if (inTest) opened.push(context);
			return context;
		},
		async page(options?: BrowserContextOptions) {
			return (await site.context(options)).newPage();
		},
	};
	beforeAll(async () => {
		browser = await launchChromium();
	});
	beforeEach(() => {
		inTest = true;
		before = new Set(site.browser.contexts());
	});
	afterEach(async () => {
		inTest = false;
		await Promise.all(opened.splice(0).map((c) => c.close()));
		const left = site.browser.contexts().filter((c) => !before.has(c));
		await Promise.all(left.map((c) => c.close()));
		if (left.length > 0) throw new Error(`the test left ${left.length} browser context(s) open: close them, or open them with page() or context()`);
	});
	afterAll(async () => {
		await browser?.close();
	});
	return site;
}

/**
 * For a browser test file: Chromium and the build in `dir` on a local server (under `prefix`,
 * '/' unless given), started before the tests and closed after them. Read `url` inside tests.
 */
export function useServedSite(dir: string, options: { prefix?: string } = {}): TestBrowser & { url: string } {
	const site = Object.assign(useBrowser(), { url: '' });
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const server = await serveStatic(dir, options);
		site.url = server.url;
		close = server.close;
	});
	afterAll(async () => {
		await close?.();
	});
	return site;
}
