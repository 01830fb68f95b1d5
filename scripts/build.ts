/**
 * Builds the site so that nothing half-built is ever published: Astro writes into a staging
 * folder, which replaces the output folder only when the whole build succeeded. On failure the
 * output folder is removed too, so a stale site is never mistaken for the current content.
 * The folders replaced are set aside at once and deleted in the background (lib/discard.ts).
 *
 *   node scripts/build.ts              → dist/
 *   OUT_DIR=/tmp/x node scripts/build.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readBuildEnv } from '../src/config/build-env.ts';
import { discard, discardLeftovers } from './lib/discard.ts';

const settings = readBuildEnv();
const out = settings.outDir;
const staging = `${out}.partial`;
const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astro = join(dirname(astroPackage), (JSON.parse(readFileSync(astroPackage, 'utf8')) as { bin: { astro: string } }).bin.astro);

discardLeftovers(staging);
discardLeftovers(out);
discard(staging);
// One date for the whole build: the home page and the offline ZIP must agree on it.
const env = { ...process.env, BUILD_DATE: settings.buildDate };
// A larger young generation: the build allocates many short-lived strings (pages, tokens), and
// with the default the garbage collector took an eighth of a large build.
// `--force` ignores every cache: it renders every page and makes everything else again (README, "Incremental builds").
const force = process.argv.includes('--force');
const result = spawnSync(process.execPath, ['--max-semi-space-size=64', astro, 'build', '--outDir', staging, ...(force ? ['--force'] : [])], {
	stdio: 'inherit',
	env: { ...env, ...(force ? { LIBRARY_FORCE_BUILD: '1' } : {}) },
});
if (result.status !== 0) {
	discard(staging);
	discard(out);
	console.error(`\nBuild failed: nothing was published (${out} removed).`);
	process.exit(1);
}
discard(out);
renameSync(staging, out);
console.log(`Site built into ${out}`);
