// @ts-check
// Type-aware lint rules for every TypeScript module (site, build tooling, scripts, tests).
// .astro templates are type-checked by `astro check`; their scripts live in .ts modules.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', 'node_modules/', '.astro/', '.bench/', 'tests/output/', '**/*.astro', '**/*.partial/'] },
	js.configs.recommended,
	...tseslint.configs.strictTypeChecked,
	{
		plugins: { 'import-x': importX },
		settings: { 'import-x/resolver-next': [createNodeResolver()] },
		languageOptions: {
			globals: { ...globals.node, ...globals.browser },
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// The tsconfig has noUncheckedIndexedAccess: `!` after a checked index is the honest idiom.
			'@typescript-eslint/no-non-null-assertion': 'off',
			// Template literals with numbers are how this codebase writes messages and sizes.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// A module graph with a cycle has no order to read it in.
			'import-x/no-cycle': 'error',
		},
	},
	{
		// Build-time integrations are part of the site; maintenance scripts may use them, not the other way round.
		files: ['integrations/**', 'src/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/scripts/**'], message: 'integrations and src do not import from scripts/' }] }] },
	},
	{ files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
