import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LibraryError } from '../../src/library/errors.ts';
import { distance, fingerprint, resolveClauseId } from '../../src/library/stability.ts';
import { fixtureLibraryDir, fixtureWith, readLibrary } from '../helpers/fixture-library.ts';

const sec1 = [
	'<Clause id="al-sec1" n="一、" title="配齐团干部" topics="cadre-staffing">',
	'',
	'团干部出现空缺时，应当在3个月内配齐。',
	'',
	'</Clause>',
	'',
].join('\n');
const published = readLibrary(fixtureLibraryDir);

function refused(dir: string): string[] {
	try {
		readLibrary(dir);
	} catch (e) {
		if (e instanceof LibraryError) return e.issues.map((i) => `${i.clause ?? ''} ${i.message}`);
		throw e;
	}
	throw new Error('expected the library to be refused');
}

/** Every id published in the fixture library must still lead somewhere in `dir`. */
function oldLinksResolve(dir: string) {
	const library = readLibrary(dir);
	return [...published.clauses.keys()].map((id) => [id, resolveClauseId(library, id)] as const);
}

describe('clause links stay stable', () => {
	test('the fixture library’s ids are all recorded as published', () => {
		const registry = JSON.parse(readFileSync(join(fixtureLibraryDir, 'clause-registry.json'), 'utf8')) as { clauses: Record<string, unknown> };
		expect(Object.keys(registry.clauses).sort()).toEqual([...published.clauses.keys()].sort());
	});

	test('keeps a clause id when its number changes', () => {
		const dir = fixtureWith('documents/alpha.mdx', (t) => t.replace('id="al-sec1" n="一、"', 'id="al-sec1" n="三、"'));
		expect(oldLinksResolve(dir).every(([, r]) => r.kind === 'clause')).toBe(true);
		expect(readLibrary(dir).clauses.get('al-sec1')!.n).toBe('三、');
	});

	test('keeps a clause id when it moves within its document', () => {
		const dir = fixtureWith('documents/alpha.mdx', (t) => `${t.replace(sec1, '')}\n${sec1}`);
		expect(readLibrary(dir).documentsBySlug.get('alpha')!.clauseIds).toEqual(['al-pre1', 'al-sec2', 'al-sec1']);
		expect(oldLinksResolve(dir).map(([id, r]) => [id, r.kind])).toEqual([...published.clauses.keys()].map((id) => [id, 'clause']));
	});

	test('keeps a clause id when it is retitled', () => {
		const dir = fixtureWith('documents/alpha.mdx', (t) => t.replace('title="配齐团干部"', 'title="及时配齐团干部"'));
		expect(oldLinksResolve(dir).every(([, r]) => r.kind === 'clause')).toBe(true);
	});

	test('an old id carried as an alias still leads to the clause', () => {
		const dir = fixtureWith('documents/alpha.mdx', (t) => t.replace('id="al-sec1"', 'id="al-new1" aliases="al-sec1"'));
		expect(resolveClauseId(readLibrary(dir), 'al-sec1')).toEqual({ kind: 'clause', id: 'al-new1', viaAlias: true });
	});

	test('a removed clause leads to a record that says so, with its successor', () => {
		let dir = fixtureWith('documents/alpha.mdx', (t) => t.replace(sec1, ''));
		const removed = '- id: al-sec1\n  document: alpha\n  label: 一、配齐团干部\n  successor: al-sec2\n  note: 并入第二条。\n';
		writeFileSync(join(dir, 'removed-clauses.yaml'), removed);
		const resolved = resolveClauseId(readLibrary(dir), 'al-sec1');
		expect(resolved).toMatchObject({ kind: 'removed', successor: 'al-sec2', removed: { label: '一、配齐团干部' } });
		dir = fixtureWith('documents/alpha.mdx', (t) => t.replace(sec1, ''));
		expect(refused(dir)).toEqual([
			'al-sec1 published clause "al-sec1" (alpha) is gone: keep its id, list it in the aliases of the clause that replaces it, or record it in content/removed-clauses.yaml',
		]);
	});

	test('refuses an id reused for other words', () => {
		const dir = fixtureWith('documents/alpha.mdx', (t) =>
			t
				.replace('团干部出现空缺时，应当在3个月内配齐。', '少先队辅导员每年至少参加一次集中培训，学校予以保障。')
				.replace('title="配齐团干部"', 'title="辅导员培训"'),
		);
		const [message] = refused(dir);
		expect(message).toMatch(/^al-sec1 id "al-sec1" was published for other words \(fingerprint \d+ bits apart\)/);
	});

	test('refuses a removed id used again', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace('id="be-p001"', 'id="be-p001" aliases="al-gone"'));
		writeFileSync(join(dir, 'removed-clauses.yaml'), '- id: al-gone\n  document: alpha\n  label: 旧条款\n');
		expect(refused(dir)).toEqual(['be-p001 id "al-gone" was removed (content/removed-clauses.yaml) and cannot be used again; give the clause a new id']);
	});
});

describe('fingerprints of clause words', () => {
	test('are close for the same words lightly edited, far for other words', () => {
		const a = fingerprint('配齐团干部团干部出现空缺时，应当在3个月内配齐。');
		expect(distance(a, fingerprint('及时配齐团干部团干部出现空缺时，应当在3个月内配齐。'))).toBeLessThanOrEqual(12);
		expect(distance(a, fingerprint('辅导员培训少先队辅导员每年至少参加一次集中培训，学校予以保障。'))).toBeGreaterThan(12);
	});
});
