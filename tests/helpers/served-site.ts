import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { distDir } from './built-site.ts';

/**
 * For a browser test file: Chromium and the built site on a local server, started before the
 * tests and closed after them. Read `site.browser` and `site.url` inside tests.
 */
export function useServedSite(options: { prefix?: string } = {}): { browser: Browser; url: string } {
	const site = {} as { browser: Browser; url: string; close?: () => Promise<void> };
	beforeAll(async () => {
		const [browser, server] = await Promise.all([launchChromium(), serveStatic(distDir, options)]);
		Object.assign(site, { browser, url: server.url, close: server.close });
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.close?.();
	});
	return site;
}
