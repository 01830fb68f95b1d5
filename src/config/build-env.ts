/**
 * The build's settings from environment variables: the one module that reads them, so a reader
 * finds every knob in one place (README.md, "Build settings", lists the same). astro.config.mjs
 * reads them here and hands them to the integrations as options; the build wrapper and the
 * scripts read their own here too. Nothing else in src/ or integrations/ reads the environment.
 *
 * | variable                  | setting                                                          |
 * | ------------------------- | ---------------------------------------------------------------- |
 * | SITE_URL                  | the published address (canonical URLs, citations, sitemap)        |
 * | LIBRARY_CONTENT_DIR       | the content folder (default content/; tests use fixtures)         |
 * | OUT_DIR                   | where the build wrapper publishes the site (default dist/)        |
 * | ASTRO_CACHE_DIR           | Astro's cache folder (tests and the benchmark build side by side) |
 * | BUILD_DATE                | the date in the offline copy's name (default today, UTC)          |
 * | OFFLINE_FULL_TEXT_CLAUSES | clauses up to which the offline index holds their text            |
 * | BUILD_STAGES_FILE         | where stage timings go, as JSON lines (the scale benchmark)       |
 */
import { resolve } from 'node:path';
import { isCalendarDate } from '../schemas/document.ts';
import { OFFLINE_FULL_TEXT_CLAUSES } from '../search/offline-index.ts';
import { PLACEHOLDER_SITE } from '../utils/links.ts';

/** Every build setting, with the defaults filled in. */
export interface BuildSettings {
	/** the site's public address (SITE_URL), always ending in / */
	site: string;
	/** the content folder, absolute (LIBRARY_CONTENT_DIR) */
	contentDir: string;
	/** the folder the build wrapper publishes to, absolute (OUT_DIR) */
	outDir: string;
	/** Astro's cache folder (ASTRO_CACHE_DIR), or Astro's default */
	cacheDir: string | undefined;
	/** the build's date, YYYY-MM-DD (BUILD_DATE) */
	buildDate: string;
	/** clauses up to which the offline index carries their text (OFFLINE_FULL_TEXT_CLAUSES) */
	offlineFullTextClauses: number;
	/** the file stage timings are appended to (BUILD_STAGES_FILE), or none */
	stagesFile: string | undefined;
	/** true when every cache is to be ignored and everything made again (`npm run build -- --force` sets LIBRARY_FORCE_BUILD=1) */
	force: boolean;
	/** documents per search index part, at most (PAGEFIND_PART_DOCUMENTS; see integrations/pagefind-parts.ts) */
	pagefindPartDocuments: number;
}

/** Documents per search index part by default: parts of 2,500 keep Pagefind's indexer near 2 GB. */
export const PAGEFIND_PART_DOCUMENTS = 2500;

/** A setting given a value it cannot take; the message names the variable and the value. */
export class BuildEnvError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BuildEnvError';
	}
}

/** A variable's value, treating an empty one as unset. */
function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
	const v = env[name]?.trim();
	return v ? v : undefined;
}

function siteAddress(given: string | undefined): string {
	if (given === undefined) return PLACEHOLDER_SITE;
	let url: URL;
	try {
		url = new URL(given);
	} catch {
		throw new BuildEnvError(`SITE_URL ${JSON.stringify(given)} is not a full URL; write it as https://example.org/policy/`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new BuildEnvError(`SITE_URL ${JSON.stringify(given)} must start with https:// or http://`);
	return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function wholeNumber(name: string, given: string | undefined, fallback: number): number {
	if (given === undefined) return fallback;
	if (!/^\d+$/.test(given)) throw new BuildEnvError(`${name} ${JSON.stringify(given)} is not a whole number`);
	return Number(given);
}

function positiveNumber(name: string, given: string | undefined, fallback: number): number {
	const n = wholeNumber(name, given, fallback);
	if (n === 0) throw new BuildEnvError(`${name} must be at least 1`);
	return n;
}

function day(given: string | undefined, now: Date): string {
	if (given === undefined) return now.toISOString().slice(0, 10);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || !isCalendarDate(given))
		throw new BuildEnvError(`BUILD_DATE ${JSON.stringify(given)} is not a date written YYYY-MM-DD`);
	return given;
}

/** Reads the build settings from `env`; relative folders are taken from the working folder, the date defaults to `now`'s. */
export function readBuildEnv(env: NodeJS.ProcessEnv = process.env, now = new Date()): BuildSettings {
	const cacheDir = value(env, 'ASTRO_CACHE_DIR');
	const stagesFile = value(env, 'BUILD_STAGES_FILE');
	return {
		site: siteAddress(value(env, 'SITE_URL')),
		contentDir: resolve(value(env, 'LIBRARY_CONTENT_DIR') ?? 'content'),
		outDir: resolve(value(env, 'OUT_DIR') ?? 'dist'),
		cacheDir: cacheDir === undefined ? undefined : resolve(cacheDir),
		buildDate: day(value(env, 'BUILD_DATE'), now),
		offlineFullTextClauses: wholeNumber('OFFLINE_FULL_TEXT_CLAUSES', value(env, 'OFFLINE_FULL_TEXT_CLAUSES'), OFFLINE_FULL_TEXT_CLAUSES),
		stagesFile: stagesFile === undefined ? undefined : resolve(stagesFile),
		force: value(env, 'LIBRARY_FORCE_BUILD') === '1',
		pagefindPartDocuments: positiveNumber('PAGEFIND_PART_DOCUMENTS', value(env, 'PAGEFIND_PART_DOCUMENTS'), PAGEFIND_PART_DOCUMENTS),
	};
}
