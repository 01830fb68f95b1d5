import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { bundleScript } from '../../src/build/bundle-script.ts';

const source = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

/** The scripts pages inline (imported with ?script by the templates). */
const inlineScripts = [
	'client/before-paint.ts',
	'client/not-found-base.ts',
	'client/site.ts',
	'client/clause-toc.ts',
	'client/clause-actions.ts',
	'client/search-arrival.ts',
];

describe('the scripts pages inline', () => {
	test.each(inlineScripts)('%s bundles to one classic script that loads nothing by itself', async (entry) => {
		const { code } = await bundleScript(source(entry));
		// A module script is blocked from file://; a reading page's inline script must not fetch or import (the verifier refuses both).
		expect(code).not.toMatch(/^\s*(?:import|export)\b/m);
		expect(code).not.toMatch(/\b(?:fetch|import)\s*\(/);
		expect(code.trim()).toMatch(/^"use strict";\(\(\)=>\{[\s\S]*\}\)\(\);$/);
	});

	test('share no globals: nothing is assigned to window', async () => {
		for (const entry of inlineScripts) expect((await bundleScript(source(entry))).code).not.toMatch(/\bwindow\.\w+\s*=|Object\.assign\(window/);
	});
});

describe('the service worker', () => {
	test('carries this build’s version and precache list as constants', async () => {
		const { code } = await bundleScript(source('offline/worker/service-worker.ts'), {
			constants: { __CACHE_VERSION__: 'library-0123456789ab', __PRECACHE_FILES__: ['index.html', 'documents/a.html'] },
			minify: false,
		});
		expect(code).toContain('"library-0123456789ab"');
		expect(code).toContain('["index.html", "documents/a.html"]');
		// Only esbuild's comment naming the constant may mention it: no code reads an undefined global.
		const lines = code.split('\n').filter((line) => !line.trim().startsWith('//'));
		expect(lines.filter((line) => /__(?:PRECACHE_FILES|CACHE_VERSION)__/.test(line))).toEqual([]);
	});
});
