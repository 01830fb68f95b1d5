/**
 * Vitest global setup of the `ui` project: builds the fixture site (tests/fixtures/site/) once
 * for the run, into a fresh folder with its own Astro cache, so runs side by side do not share
 * an output. The tests read the folder with fixtureSiteDir(); it is removed after the run.
 * To look at the fixture site by hand:
 *   LIBRARY_CONTENT_DIR=tests/fixtures/site OUT_DIR=/tmp/fixture-site npm run build
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

/** The fixture site's content folder. */
export const fixtureSiteContentDir = new URL('../fixtures/site/', import.meta.url).pathname;

/** Builds the fixture site and provides its folder; returns the teardown that removes it. */
export default function setup(project: TestProject): () => void {
	const work = mkdtempSync(join(tmpdir(), 'fixture-site-'));
	const started = Date.now();
	const result = buildSite(fixtureSiteContentDir, { work });
	if (result.status !== 0) {
		rmSync(work, { recursive: true, force: true });
		throw new Error(`the fixture site did not build:\n${result.output}`);
	}
	console.log(`fixture site built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.out}`);
	project.provide('fixtureSiteDir', result.out);
	return () => {
		rmSync(work, { recursive: true, force: true });
	};
}
