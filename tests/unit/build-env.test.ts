import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBuildEnv } from '../../src/config/build-env.ts';
import { OFFLINE_FULL_TEXT_CLAUSES } from '../../src/search/offline-index.ts';
import { PLACEHOLDER_SITE } from '../../src/utils/links.ts';

const now = new Date('2026-03-04T10:00:00Z');

describe('the build settings from the environment', () => {
	test('without any variable: the placeholder address, content/, dist/, today, the full-text limit, no timing', () => {
		expect(readBuildEnv({}, now)).toEqual({
			site: PLACEHOLDER_SITE,
			contentDir: resolve('content'),
			outDir: resolve('dist'),
			cacheDir: undefined,
			buildDate: '2026-03-04',
			offlineFullTextClauses: OFFLINE_FULL_TEXT_CLAUSES,
			stagesFile: undefined,
			force: false,
			pagefindPartDocuments: 2500,
		});
	});

	test('reads every variable, folders taken from the working folder and the address ending in /', () => {
		const env = {
			SITE_URL: 'https://lib.example/policy',
			LIBRARY_CONTENT_DIR: 'tests/fixtures/library',
			OUT_DIR: '/tmp/site',
			ASTRO_CACHE_DIR: '/tmp/cache',
			BUILD_DATE: '2024-02-29',
			OFFLINE_FULL_TEXT_CLAUSES: '2',
			BUILD_STAGES_FILE: '/tmp/stages.jsonl',
			LIBRARY_FORCE_BUILD: '1',
			PAGEFIND_PART_DOCUMENTS: '3',
		};
		expect(readBuildEnv(env, now)).toEqual({
			site: 'https://lib.example/policy/',
			contentDir: resolve('tests/fixtures/library'),
			outDir: '/tmp/site',
			cacheDir: '/tmp/cache',
			buildDate: '2024-02-29',
			offlineFullTextClauses: 2,
			stagesFile: '/tmp/stages.jsonl',
			force: true,
			pagefindPartDocuments: 3,
		});
	});

	test('an empty variable counts as unset', () => {
		expect(readBuildEnv({ SITE_URL: '', OFFLINE_FULL_TEXT_CLAUSES: ' ' }, now)).toMatchObject({
			site: PLACEHOLDER_SITE,
			offlineFullTextClauses: OFFLINE_FULL_TEXT_CLAUSES,
		});
	});

	test('refuses a value it cannot use, naming the variable and the value', () => {
		expect(() => readBuildEnv({ SITE_URL: 'lib.example/policy' }, now)).toThrow(
			'SITE_URL "lib.example/policy" is not a full URL; write it as https://example.org/policy/',
		);
		expect(() => readBuildEnv({ SITE_URL: 'ftp://lib.example/' }, now)).toThrow('SITE_URL "ftp://lib.example/" must start with https:// or http://');
		expect(() => readBuildEnv({ BUILD_DATE: '2024-02-30' }, now)).toThrow('BUILD_DATE "2024-02-30" is not a date written YYYY-MM-DD');
		expect(() => readBuildEnv({ BUILD_DATE: '2024-02' }, now)).toThrow('BUILD_DATE "2024-02" is not a date written YYYY-MM-DD');
		expect(() => readBuildEnv({ OFFLINE_FULL_TEXT_CLAUSES: '5e4' }, now)).toThrow('OFFLINE_FULL_TEXT_CLAUSES "5e4" is not a whole number');
		expect(() => readBuildEnv({ PAGEFIND_PART_DOCUMENTS: '0' }, now)).toThrow('PAGEFIND_PART_DOCUMENTS must be at least 1');
		expect(() => readBuildEnv({ PAGEFIND_PART_DOCUMENTS: 'all' }, now)).toThrow('PAGEFIND_PART_DOCUMENTS "all" is not a whole number');
	});
});
