/**
 * Runs the real site build (scripts/build.ts) on a content folder, as the build tests and the
 * fixture site do: each build gets its own output and Astro cache, so builds run side by side.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** What a build left: its exit status, everything it printed, and the output folder. */
export interface BuildResult {
	status: number | null;
	output: string;
	out: string;
}

/**
 * Builds the library in `contentDir` into a fresh temporary folder (or `work`). `staleSite`
 * first leaves an earlier build's page in the output folder; `env` adds variables to the build's,
 * `args` arguments (--force). A build in a `work` folder built before reuses its cache.
 */
export function buildSite(
	contentDir: string,
	options: { work?: string; staleSite?: boolean; env?: Record<string, string>; args?: string[] } = {},
): BuildResult {
	const work = options.work ?? mkdtempSync(join(tmpdir(), 'build-'));
	const out = join(work, 'dist');
	if (options.staleSite) {
		mkdirSync(out);
		writeFileSync(join(out, 'index.html'), '<p>an earlier build</p>');
	}
	const result = spawnSync(process.execPath, ['scripts/build.ts', ...(options.args ?? [])], {
		cwd: root,
		encoding: 'utf8',
		env: {
			...process.env,
			LIBRARY_CONTENT_DIR: contentDir,
			OUT_DIR: out,
			ASTRO_CACHE_DIR: join(work, 'cache'),
			FORCE_COLOR: '0',
			NO_COLOR: '1',
			...options.env,
		},
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out };
}
