/**
 * The one way browser code becomes a script: esbuild bundles a TypeScript entry module, with
 * the modules it imports, into a classic script (an IIFE). Classic, because module scripts are
 * blocked from file:// and every page must read from disk. It serves the script files the
 * search step writes, the small scripts inlined in pages, and the service worker.
 */
import { resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';

/** Constants replaced at bundle time (`declare const __NAME__` in the module), each given as a value serialized as JSON. */
export type BundleConstants = Record<string, unknown>;

const CLASSIC_SCRIPT = { bundle: true, format: 'iife', platform: 'browser', target: 'es2022', legalComments: 'none' } satisfies BuildOptions;

function asDefine(constants: BundleConstants): Record<string, string> {
	return Object.fromEntries(Object.entries(constants).map(([name, value]) => [name, JSON.stringify(value)]));
}

/** Bundles entry modules into minified classic script files under `outdir`; keys name the output files (without `.js`). */
export async function writeScripts(entryPoints: Record<string, string>, outdir: string, constants: BundleConstants = {}): Promise<void> {
	await build({ ...CLASSIC_SCRIPT, entryPoints, outdir, minify: true, define: asDefine(constants) });
}

/** Bundles one entry module into a classic script; returns its code and the absolute paths of the files it was made from. */
export async function bundleScript(
	entry: string,
	options: { constants?: BundleConstants; minify?: boolean; banner?: string } = {},
): Promise<{ code: string; inputs: string[] }> {
	const result = await build({
		...CLASSIC_SCRIPT,
		entryPoints: [entry],
		write: false,
		metafile: true,
		minify: options.minify ?? true,
		// Chinese text as it is, not as \u escapes: the code goes inside UTF-8 pages, or is a worker (always read as UTF-8).
		charset: 'utf8',
		define: asDefine(options.constants ?? {}),
		...(options.banner === undefined ? {} : { banner: { js: options.banner } }),
	});
	const code = result.outputFiles[0]?.text;
	if (code === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
	return { code, inputs: Object.keys(result.metafile.inputs).map((input) => resolve(input)) };
}
