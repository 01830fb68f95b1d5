import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { syntheticDocuments, writeSyntheticLibrary } from '../../scripts/bench/synthetic-library.ts';
import { readLibrary } from '../../src/library/read-data.ts';

const contentDir = new URL('../../content/', import.meta.url).pathname;
const source = readLibrary(contentDir);
const write = (docs: number) => {
	const out = mkdtempSync(join(tmpdir(), 'synthetic-'));
	const clauses = writeSyntheticLibrary({ docs, source, sourceDir: contentDir, out });
	return { out, clauses };
};

describe('the synthetic library for the scale benchmark', () => {
	test('is a valid library in the shape of the real one: sections of numbered clauses, topics, relations', () => {
		const { out, clauses } = write(30);
		const library = readLibrary(out);
		expect(library.documents).toHaveLength(30);
		expect(library.clauses.size).toBe(clauses);
		expect([...library.clauses.values()].every((c) => c.topics.length > 0)).toBe(true);
		expect([...library.outgoing.values()].flat().length).toBeGreaterThan(0);
		expect(library.clauses.size / library.documents.length).toBeGreaterThan(8);
	});

	test('is built from the real clauses’ words', () => {
		const { out } = write(5);
		const realTexts = new Set([...source.clauses.values()].map((c) => c.text));
		const library = readLibrary(out);
		const leaves = [...library.clauses.values()].filter((c) => c.childIds.length === 0);
		expect(leaves.every((c) => realTexts.has(c.text))).toBe(true);
	});

	test('is the same for the same size, file by file', () => {
		const a = write(12).out;
		const b = write(12).out;
		expect(syntheticDocuments(a)).toEqual(syntheticDocuments(b));
		for (const f of syntheticDocuments(a)) expect(readFileSync(join(a, 'documents', f), 'utf8')).toBe(readFileSync(join(b, 'documents', f), 'utf8'));
	});
});
