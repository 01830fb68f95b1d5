import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { bundleScript } from '../src/build/bundle-script.ts';

/** The import suffix that asks for a browser module as an inline classic script. */
const SUFFIX = '?script';
/** Vite's mark for a module that is not a file, so no other plugin transforms it. */
const VIRTUAL = '\0inline-script:';

/**
 * Lets a template inline a browser module: `import code from '../client/site.ts?script'` gives
 * the module bundled as one classic script (src/build/bundle-script.ts), as a string for
 * `<script is:inline set:html={code}>`. Inline, because a reading page loads no script file (its
 * weight, and first paint from disk); the code stays TypeScript the type checker sees.
 */
export function browserScripts(): AstroIntegration {
	return {
		name: 'browser-scripts',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [inlineScripts()] } });
			},
		},
	};
}

function inlineScripts(): Plugin {
	return {
		name: 'inline-scripts',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (!source.endsWith(SUFFIX)) return null;
			const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
			return resolved ? `${VIRTUAL}${resolved.id}` : null;
		},
		async load(id) {
			if (!id.startsWith(VIRTUAL)) return null;
			const { code, inputs } = await bundleScript(id.slice(VIRTUAL.length));
			// In `astro dev`, editing any module of the script rebuilds it.
			for (const input of inputs) this.addWatchFile(input);
			return `export default ${JSON.stringify(code)};`;
		},
	};
}
