import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects. `library` holds the unit tests, the build tests and the tests of the real build
 * (dist/, or TEST_DIST_DIR): verbatim text, links, golden searches, page weight. `ui` holds the
 * browser tests of UI behaviour (tests/ui/), run on a small fixture site built once per run by
 * its global setup, so editing a real document never breaks them.
 */
export default defineConfig({
	test: {
		testTimeout: 60_000,
		hookTimeout: 180_000,
		reporters: ['default', './tests/helpers/summary-reporter.ts'],
		projects: [
			{ extends: true, test: { name: 'library', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/ui/**'] } },
			{ extends: true, test: { name: 'ui', include: ['tests/ui/**/*.test.ts'], globalSetup: ['tests/helpers/build-fixture-site.ts'] } },
		],
	},
});
