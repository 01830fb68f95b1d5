import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { fixtureSiteDir } from '../helpers/fixture-site.ts';
import { useBrowser } from '../helpers/served-site.ts';

const distDir = fixtureSiteDir();
const site = useBrowser();

/** A copy of the build on its own server, so a test can publish a "new build" into it. */
async function servedCopy() {
	const dir = mkdtempSync(join(tmpdir(), 'installed-'));
	cpSync(distDir, dir, { recursive: true });
	return { dir, server: await serveStatic(dir) };
}

/** Visits once online and waits until the service worker has kept the library and controls the page. */
async function install(context: BrowserContext, url: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(url);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => {
				navigator.serviceWorker.addEventListener('controllerchange', r, { once: true });
			});
	});
	return page;
}

describe('installed: after one online visit', () => {
	test('documents, topics and search work with the network off', async () => {
		const { server } = await servedCopy();
		const context = await site.context();
		try {
			await install(context, `${server.url}index.html`);
			await context.setOffline(true);
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${server.url}documents/city-plan.html#cp-gbpb`);
			expect(await page.locator('#cp-gbpb .clause-title').textContent()).toBe('配齐配强团干部');
			await page.goto(`${server.url}topics/funding.html`);
			expect(await page.locator('h1').textContent()).toBe('经费保障');
			await page.goto(`${server.url}search.html?q=推优入党`);
			await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
			expect(await page.locator('#search-results > li').first().getAttribute('data-clause')).toBe('cp-tyrd');
			await page.goto(server.url);
			expect(await page.locator('h1').textContent()).toBe('党建带团建政策条款库');
			// Offline, the installed copy cannot have seen a newer build: it says which day it was built.
			expect(await page.locator('[data-offline-copy]').isVisible()).toBe(true);
			expect(await page.locator('[data-offline-copy]').textContent()).toMatch(/这是 \d{4}年\d{1,2}月\d{1,2}日 生成的离线版，网上可能有更新的版本/);
			await context.setOffline(false);
			await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-offline-copy]')?.hidden === true);
			expect(errors).toEqual([]);
		} finally {
			await server.close();
		}
	});

	test('after a new build, the reader is told an update is ready, and it loads', async () => {
		const { dir, server } = await servedCopy();
		const context = await site.context();
		try {
			const page = await install(context, `${server.url}index.html`);
			// Publish a new build: any change of content gives the service worker a new version.
			const sw = join(dir, 'sw.js');
			writeFileSync(sw, readFileSync(sw, 'utf8').replace(/"library-[0-9a-f]{12}"/, '"library-newbuild0000"'));
			await page.reload();
			const banner = page.locator('.update-banner');
			await banner.waitFor();
			expect(await banner.textContent()).toContain('新版本已就绪');
			await Promise.all([page.waitForEvent('load'), banner.locator('button').click()]);
			expect(await page.evaluate(() => caches.keys())).toEqual(['library-newbuild0000']);
		} finally {
			await server.close();
		}
	});

	test('a browser that refuses storage gets a message, and the pages still read', async () => {
		const { server } = await servedCopy();
		const context = await site.context();
		await context.addInitScript(() => {
			navigator.serviceWorker.register = () => Promise.reject(new DOMException('storage is disabled', 'SecurityError'));
		});
		try {
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${server.url}documents/city-plan.html`);
			await page.locator('#offline-note').waitFor();
			expect(await page.locator('#offline-note').textContent()).toContain('不允许本站保存离线副本');
			expect(await page.locator('#cp-gbpb .clause-title').textContent()).toBe('配齐配强团干部');
			expect(errors).toEqual([]);
		} finally {
			await server.close();
		}
	});
});
