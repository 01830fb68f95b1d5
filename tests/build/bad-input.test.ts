import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite as build } from '../helpers/build-site.ts';
import { fixtureLibraryDir, fixtureWith } from '../helpers/fixture-library.ts';

function expectRefused(result: ReturnType<typeof build>, ...messages: RegExp[]) {
	expect(result.status).not.toBe(0);
	for (const m of messages) expect(result.output).toMatch(m);
	expect(result.output).toContain('Build failed: nothing was published');
	expect(existsSync(result.out), 'no output folder is left behind').toBe(false);
	expect(existsSync(`${result.out}.partial`), 'no staging folder is left behind').toBe(false);
}

describe('the build', () => {
	test('builds the good fixture library (so the failures below come from the defects)', () => {
		const result = build(fixtureLibraryDir);
		expect(result.status, result.output).toBe(0);
		expect(existsSync(join(result.out, 'documents/alpha.html'))).toBe(true);
	});
});

describe('the build refuses bad content, naming file, clause and value, and publishes nothing', () => {
	test('a date that is not a date', () => {
		const dir = fixtureWith('documents/alpha.mdx', (t) => t.replace('value: "2020-05"', 'value: "2020-13"'));
		expectRefused(build(dir), /documents\/alpha\.mdx:\d+ frontmatter date\.value: date\.value "2020-13" is not a date/);
	});

	test('an unknown 文种', () => {
		const dir = fixtureWith('documents/alpha.mdx', (t) => t.replace('genre: 通知', 'genre: 便条'));
		expectRefused(build(dir), /documents\/alpha\.mdx:\d+ frontmatter genre: unknown 文种 "便条"/);
	});

	test('an unknown level', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace('level: 县', 'level: 乡'));
		expectRefused(build(dir), /documents\/beta\.mdx:\d+ frontmatter level: unknown level "乡"/);
	});

	test('missing required frontmatter', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace('title: 某县团委工作报告\n', ''));
		expectRefused(build(dir), /documents\/beta\.mdx frontmatter title: /);
	});

	test('an MDX syntax error, with file, line and column', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace(/<\/Clause>\n$/, '</Clauze>\n'));
		expectRefused(build(dir), /documents\/beta\.mdx:\d+:\d+/, /Unexpected closing tag `<\/Clauze>`/);
	});

	test('an unknown topic slug', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace('topics="venues"', 'topics="venue"'));
		expectRefused(build(dir), /documents\/beta\.mdx:23 \[clause be-p001\] unknown topic "venue"/);
	});

	test('a relation to a clause that does not exist', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace('落实:al-sec2', '落实:al-gone'));
		expectRefused(build(dir), /documents\/beta\.mdx:29 \[clause be-p002\] relation "落实:al-gone" points to clause "al-gone", which does not exist/);
	});

	test('a duplicate clause id, and an earlier good build is not left standing as if current', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace('id="be-p001"', 'id="al-sec1"'));
		expectRefused(
			build(dir, { staleSite: true }),
			/documents\/beta\.mdx:23 \[clause al-sec1\] duplicate clause id "al-sec1"; already used at .*documents\/alpha\.mdx:29/,
		);
	});
});

describe('old clause links in a built site', () => {
	test('an alias forwards to its clause, and a removed clause has a page that names its successor', () => {
		let dir = fixtureWith('documents/alpha.mdx', (t) => t.replace('id="al-sec2"', 'id="al-new2" aliases="al-sec2"'));
		dir = fixtureWith('documents/alpha.mdx', () =>
			readFileSync(join(dir, 'documents/alpha.mdx'), 'utf8').replace(/<Clause id="al-sec1"[\s\S]*?<\/Clause>\n\n/, ''),
		);
		writeFileSync(join(dir, 'removed-clauses.yaml'), '- id: al-sec1\n  document: alpha\n  label: 一、配齐团干部\n  successor: al-new2\n');
		// the relation declared on beta pointed at al-sec2: it now points at the alias holder's new id
		writeFileSync(join(dir, 'documents/beta.mdx'), readFileSync(join(dir, 'documents/beta.mdx'), 'utf8').replace('落实:al-sec2', '落实:al-new2'));
		const result = build(dir);
		expect(result.status, result.output).toBe(0);
		const alias = readFileSync(join(result.out, 'c/al-sec2.html'), 'utf8');
		expect(alias).toContain('url=../documents/alpha.html#al-new2');
		expect(readFileSync(join(result.out, 'documents/alpha.html'), 'utf8')).toContain('<span id="al-sec2" class="alias-anchor">');
		const removed = readFileSync(join(result.out, 'c/al-sec1.html'), 'utf8');
		expect(removed).toContain('此条款已删除');
		expect(removed).toContain('href="../documents/alpha.html#al-new2"');
	});
});
