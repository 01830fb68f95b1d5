import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KeptTargets, targetsCode } from '../../src/targets/kept-targets.ts';
import { buildTargets } from '../../src/targets/targets-model.ts';
import { fixtureLibraryDir, fixtureWith, readLibrary } from '../helpers/fixture-library.ts';

const library = readLibrary(fixtureLibraryDir);
const clauses = library.clauses.size;
const keptFile = () => join(mkdtempSync(join(tmpdir(), 'kept-targets-')), 'clause-targets.v8');

/** Builds the targets with what `file` keeps, keeps this build's, and says how many clauses the rules read. */
function build(lib: typeof library, file: string, code = targetsCode(), force = false) {
	const kept = new KeptTargets(file, code, force);
	const model = buildTargets(lib, [], 'content/target-corrections.yaml', kept.find);
	kept.keep();
	return { model, read: kept.found };
}

describe('clause targets kept between builds', () => {
	test('a rebuild reads no clause again and gives the model the rules give', () => {
		const file = keptFile();
		const first = build(library, file);
		expect(first.read).toBe(clauses);
		expect(first.model.requirements.length).toBeGreaterThan(0);
		const again = build(library, file);
		expect(again.read).toBe(0);
		expect(again.model).toStrictEqual(buildTargets(library));
	});

	test('a clause whose text changed is read again, and its new figure is found', () => {
		const file = keptFile();
		build(library, file);
		const edited = readLibrary(fixtureWith('documents/alpha.mdx', (t) => t.replace('每年不少于2万元', '每年不少于5万元')));
		const again = build(edited, file);
		expect(again.read).toBe(1);
		expect(again.model).toStrictEqual(buildTargets(edited));
		expect(again.model.requirements.map((r) => r.quantity.phrase)).toContain('5万元');
		expect(again.model.requirements.map((r) => r.quantity.phrase)).not.toContain('2万元');
	});

	test('the same text under another 文种 is read again: the rules read a report’s figures otherwise', () => {
		const file = keptFile();
		build(library, file);
		const report = readLibrary(fixtureWith('documents/alpha.mdx', (t) => t.replace(/^genre: .*$/m, 'genre: 报告')));
		const again = build(report, file);
		expect(again.read).toBe(report.documents.find((d) => d.slug === 'alpha')!.allClauseIds.length);
		expect(again.model).toStrictEqual(buildTargets(report));
	});

	test('targets kept by other rules, or a forced build, read every clause again', () => {
		const file = keptFile();
		build(library, file);
		expect(build(library, file, 'other rules').read).toBe(clauses);
		expect(build(library, file, targetsCode(), true).read).toBe(clauses);
	});
});
