/**
 * The fixture site: a small library written for the UI tests (tests/fixtures/site/), built once
 * per test run by build-fixture-site.ts, so that editing a real document never breaks a test
 * about layout, search behaviour, citing or reading offline.
 */
import { inject } from 'vitest';

declare module 'vitest' {
	export interface ProvidedContext {
		/** the built fixture site, for the tests of tests/ui/ */
		fixtureSiteDir: string;
	}
}

/** The folder of this run's fixture site build (the `ui` project's global setup builds it). */
export function fixtureSiteDir(): string {
	const dir = inject('fixtureSiteDir');
	if (!dir) throw new Error('no fixture site: tests/ui/ runs in the vitest project "ui", whose global setup builds it');
	return dir;
}
