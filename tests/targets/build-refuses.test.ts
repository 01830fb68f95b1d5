/**
 * A stale correction stops the real build: its phrase no longer occurs in the clause, and the
 * build names the file, line, clause and phrase, and publishes nothing.
 */
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { fixtureLibraryDir } from '../helpers/fixture-library.ts';

test('the build refuses a correction whose phrase is no longer in its clause, and publishes nothing', () => {
	const dir = mkdtempSync(join(tmpdir(), 'library-'));
	cpSync(fixtureLibraryDir, dir, { recursive: true });
	writeFileSync(join(dir, 'target-corrections.yaml'), '# an editor’s correction\n- clause: al-sec1\n  phrase: 在5个月内配齐\n  action: drop\n  note: 测试\n');
	const result = buildSite(dir);
	expect(result.status).not.toBe(0);
	expect(result.output).toMatch(/target-corrections\.yaml:2 \[clause al-sec1\] phrase "在5个月内配齐" no longer occurs in the clause's text/);
	expect(result.output).toContain('Build failed: nothing was published');
	expect(existsSync(result.out)).toBe(false);
});
