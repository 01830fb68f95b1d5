/**
 * The incremental build gives the same site as a clean one. A copy of the fixture site is built
 * once; then each edit an editor makes (a clause's text, a topic, a relation, a new clause, a
 * removed clause, a new document, a deleted document) is made in turn, the site is rebuilt with
 * the cache of the builds before, and the output is compared file by file with a full build of
 * the same content, made with an empty cache. Both builds carry the same build date, so every
 * file must be byte for byte the same, the offline ZIP included.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { discarded } from '../../scripts/lib/discard.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';
import { fixtureSiteContentDir } from '../helpers/build-fixture-site.ts';

// Parts of three documents, so the search index has several parts and an edit leaves most alone.
const env = { BUILD_DATE: '2026-11-23', PAGEFIND_PART_DOCUMENTS: '3' };
const work = mkdtempSync(join(tmpdir(), 'incremental-'));
const content = join(work, 'content');

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? filesUnder(dir, join(prefix, e.name)) : [join(prefix, e.name)],
	);
}

/** The files that differ between two site folders: missing from one, or with other bytes. */
function differences(a: string, b: string): string[] {
	const left = new Set(filesUnder(a));
	const right = new Set(filesUnder(b));
	const out: string[] = [];
	for (const f of left) if (!right.has(f)) out.push(`only in the incremental build: ${f}`);
	for (const f of right) if (!left.has(f)) out.push(`only in the clean build: ${f}`);
	for (const f of left) if (right.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(`differs: ${f}`);
	return out.sort();
}

/** Pages Astro copied from its cache instead of rendering, by path (/documents/x.html). */
function restoredPages(build: BuildResult): string[] {
	return [...build.output.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((m) => m[1]!);
}

/** The search index parts a build wrote, and how many it took unchanged from the cache. */
function searchParts(build: BuildResult): { parts: number; reused: number } {
	const m = /in (\d+) Pagefind part\(s\), (\d+) unchanged since the last build/.exec(build.output);
	if (!m) throw new Error(`the build did not say how it wrote the search index:\n${build.output}`);
	return { parts: Number(m[1]), reused: Number(m[2]) };
}

/** How many files the offline ZIP copied, compressed, from the last build's. */
function zipReused(build: BuildResult): number {
	const m = /\.zip is .* \((\d+) files unchanged since the last build\)/.exec(build.output);
	if (!m) throw new Error(`the build did not say how it wrote the offline ZIP:\n${build.output}`);
	return Number(m[1]);
}

/** How many pages the verifier took the facts of from the last build instead of parsing them. */
function factsReused(build: BuildResult): number {
	const m = /\((\d+) pages unchanged since the last build\)/.exec(build.output);
	if (!m) throw new Error(`the build did not say how it checked the output:\n${build.output}`);
	return Number(m[1]);
}

/** How many short-link pages a build linked from the published site, unchanged, and how many it made in all. */
function shortLinksLinked(build: BuildResult): { linked: number; all: number } {
	const m = /(\d+) short links \((\d+) unchanged since the last build\)/.exec(build.output);
	if (!m) throw new Error(`the build did not say how it wrote the short links:\n${build.output}`);
	return { all: Number(m[1]), linked: Number(m[2]) };
}

/** Rebuilds `content` with the cache of the builds before, and builds it clean beside. */
function rebuildAndCompare(): { incremental: BuildResult; differences: string[] } {
	const incremental = buildSite(content, { work: join(work, 'incremental'), env });
	expect(incremental.status, incremental.output).toBe(0);
	const cleanWork = join(work, 'clean');
	rmSync(cleanWork, { recursive: true, force: true });
	const clean = buildSite(content, { work: cleanWork, env });
	expect(clean.status, clean.output).toBe(0);
	return { incremental, differences: differences(incremental.out, clean.out) };
}

/** Edits one content file in place; the edit must change it. */
function edit(file: string, change: (text: string) => string): void {
	const path = join(content, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`the edit did not change ${file}`);
	writeFileSync(path, after);
}

const newDocument = `---
title: 某县团委关于青年之家开放时间的通知
titleSource: editorial
genre: 通知
issuer:
  name: 共青团某县委
  basis: stated
level: 县
region: null
date:
  value: null
  precision: unknown
  basis: 测试用：原文未注明日期。
source:
  file: validity.txt
  lines: 1-2
  site: null
  url: null
docNumber: null
omitted: []
---

<Clause id="nd-kfsj" n="一、" title="开放时间" topics="venues" related="落实:ct-qnzj">

青年之家每周开放不少于5天，每月开展面向青年的活动不少于2次。

</Clause>
`;

beforeAll(() => {
	cpSync(fixtureSiteContentDir, content, { recursive: true });
	const first = buildSite(content, { work: join(work, 'incremental'), env });
	expect(first.status, first.output).toBe(0);
}, 120_000);

afterAll(async () => {
	// The sites the rebuilds replaced are deleted in the background: let that finish first.
	await discarded(join(work, 'incremental', 'dist'));
	rmSync(work, { recursive: true, force: true });
});

describe('an incremental build after each kind of edit is the same, file by file, as a clean full build', () => {
	// For each edit: the pages it must render again, pages it must keep, and how many search index parts it re-indexes.
	const edits: [name: string, make: () => void, rendered: string[], kept: string[], reindexed: number][] = [
		[
			"a clause's text",
			() => {
				edit('documents/county-report.mdx', (t) => t.replace('培训专兼职团干部160人次', '培训专兼职团干部180人次'));
			},
			['/documents/county-report.html'],
			['/documents/dues-management.html'],
			1,
		],
		[
			"a clause's topic",
			() => {
				edit('documents/county-report.mdx', (t) =>
					t.replace(
						'<Clause id="ct-qnzj" n="（一）" title="建设青年之家" topics="venues">',
						'<Clause id="ct-qnzj" n="（一）" title="建设青年之家" topics="venues cadre-staffing">',
					),
				);
			},
			['/documents/county-report.html', '/topics/cadre-staffing.html'],
			['/documents/dues-management.html'],
			1,
		],
		[
			'a relation',
			() => {
				edit('documents/county-report.mdx', (t) => t.replace(' related="落实:cp-gbpx"', ''));
			},
			// The clause it pointed to no longer lists it as implemented by this one.
			['/documents/county-report.html', '/documents/city-plan.html'],
			['/documents/dues-management.html'],
			// Relations are not in the search index.
			0,
		],
		[
			'a new clause',
			() => {
				edit('documents/county-report.mdx', (t) =>
					t
						.replace(
							'<Clause id="ct-zzsz"',
							'<Clause id="ct-new1" n="（三）" title="青年之家开放" topics="venues">\n\n青年之家每周开放不少于5天。\n\n</Clause>\n\n<Clause id="ct-zzsz"',
						)
						.replace('<Clause id="ct-zzsz" n="（二）"', '<Clause id="ct-zzsz" n="（四）"'),
				);
			},
			['/documents/county-report.html', '/topics/venues.html'],
			['/documents/dues-management.html'],
			1,
		],
		[
			'a removed clause',
			() => {
				edit('documents/county-report.mdx', (t) => t.replace(/<Clause id="ct-new1"[\s\S]*?<\/Clause>\n\n/, ''));
			},
			['/documents/county-report.html', '/topics/venues.html'],
			['/documents/dues-management.html'],
			1,
		],
		[
			'a new document',
			() => {
				writeFileSync(join(content, 'documents/opening-hours.mdx'), newDocument);
			},
			['/documents/opening-hours.html', '/documents/county-report.html'],
			['/documents/dues-management.html'],
			1,
		],
		[
			'a deleted document',
			() => {
				rmSync(join(content, 'documents/volunteer-notice.mdx'));
			},
			['/topics/venues.html'],
			['/documents/dues-management.html'],
			1,
		],
	];

	for (const [name, make, rendered, kept, reindexed] of edits) {
		test(
			name,
			() => {
				make();
				const { incremental, differences: found } = rebuildAndCompare();
				expect(found).toEqual([]);
				// It was incremental: pages the edit does not touch were kept, the ones it touches rendered.
				const restored = restoredPages(incremental);
				expect(restored).toEqual(expect.arrayContaining(kept));
				for (const page of rendered) expect(restored).not.toContain(page);
				// The ZIP compressed only what changed: most files came from the last build's archive.
				expect(zipReused(incremental)).toBeGreaterThan(100);
				// The verifier checked every page but parsed only the changed ones.
				expect(factsReused(incremental)).toBeGreaterThan(50);
				// Most short links were unchanged, and linked to the published site's files.
				const links = shortLinksLinked(incremental);
				expect(links.linked).toBeGreaterThan(links.all / 2);
				// The search index re-indexed only the part holding the edited document, if any.
				const { parts, reused } = searchParts(incremental);
				expect(parts).toBeGreaterThan(2);
				expect(parts - reused).toBe(reindexed);
			},
			120_000,
		);
	}

	test('--force renders every page again', () => {
		const forced = buildSite(content, { work: join(work, 'incremental'), env: { ...env }, args: ['--force'] });
		expect(forced.status, forced.output).toBe(0);
		expect(restoredPages(forced)).toEqual([]);
		expect(searchParts(forced).reused).toBe(0);
		expect(zipReused(forced)).toBe(0);
		expect(factsReused(forced)).toBe(0);
		expect(shortLinksLinked(forced).linked).toBe(0);
		expect(forced.output).toMatch(/documents\/county-report\.html/);
	}, 120_000);
});
