/**
 * The extraction measured against the hand-labelled set: every sentence of the seven documents
 * that holds a digit or a Chinese numeral, each of its numbers marked by hand as a requirement,
 * an achieved figure or neither (tests/targets/labelled.json). The rules alone are scored, not
 * the editors' corrections. Figures go to BENCHMARKS.md; rerun with
 *   npx vitest run tests/targets/quality.test.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readLibrary } from '../../src/library/read-data.ts';
import { extractTargets, readSentence, type Found } from '../../src/targets/extract-targets.ts';
import { familyOf } from '../../src/targets/measure.ts';
import { splitSentences } from '../../src/targets/sentences.ts';
import { score, type LabelledSentence } from './score.ts';

const labelled = JSON.parse(readFileSync(new URL('labelled.json', import.meta.url), 'utf8')) as LabelledSentence[];
const library = readLibrary(new URL('../../content/', import.meta.url).pathname);
/** Any digit or Chinese numeral character: the labelled set must hold every sentence with one. */
const NUMERAL = /[0-9０-９〇零一二两三四五六七八九十百千万半]/;

function candidateSentences(): string[] {
	const out: string[] = [];
	for (const document of library.documents) {
		for (const id of document.allClauseIds) {
			for (const block of library.clauses.get(id)!.blocks) {
				if (block.kind === 'text') for (const s of splitSentences(block.text)) if (NUMERAL.test(s.text)) out.push(`${id} ${s.text}`);
			}
		}
	}
	return out;
}

const result = score(labelled, extractTargets(library), familyOf);

/** Sentences written for the tests in wordings the seven documents do not use, labelled before the rules ran on them. */
const heldOut = (JSON.parse(readFileSync(new URL('held-out.json', import.meta.url), 'utf8')) as (Omit<LabelledSentence, 'clause'> & { genre: string })[]).map(
	(h, i) => ({
		...h,
		clause: `held-out-${i + 1}`,
	}),
);
const heldOutFound: Found[] = heldOut.flatMap((h) =>
	readSentence(h.sentence, h.genre).map((f) => ({ ...f, clauseId: h.clause, documentSlug: 'held-out', topics: [], offset: 0 })),
);
const heldOutResult = score(heldOut, heldOutFound, familyOf);
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const report = [
	`sentences labelled: ${labelled.length}; requirements labelled: ${labelled.flatMap((l) => l.quantities).filter((q) => q.kind === 'requirement').length}; achieved figures labelled: ${labelled.flatMap((l) => l.quantities).filter((q) => q.kind === 'achievement').length}`,
	`requirements: precision ${percent(result.requirements.precision)}, recall ${percent(result.requirements.recall)} (${result.requirements.truePositives} found, ${result.requirements.falsePositives} extra, ${result.requirements.falseNegatives} missed)`,
	`achieved figures: precision ${percent(result.achievements.precision)}, recall ${percent(result.achievements.recall)} (${result.achievements.truePositives} found, ${result.achievements.falsePositives} extra, ${result.achievements.falseNegatives} missed)`,
	`achieved figures listed as requirements: ${result.achievementsAsRequirements}`,
	`on the requirements found, agreement with the labels: bound ${percent(result.agreement.bound)}, period ${percent(result.agreement.period)}, value and unit ${percent(result.agreement.value)}, measure family ${percent(result.agreement.family)}, subject ${percent(result.agreement.subject)}`,
	...result.misses.map((m) => `  ${m}`),
	`held-out sentences: ${heldOut.length}; requirements: precision ${percent(heldOutResult.requirements.precision)}, recall ${percent(heldOutResult.requirements.recall)} (${heldOutResult.requirements.truePositives} found, ${heldOutResult.requirements.falsePositives} extra, ${heldOutResult.requirements.falseNegatives} missed); achieved figures: precision ${percent(heldOutResult.achievements.precision)}, recall ${percent(heldOutResult.achievements.recall)}; bound ${percent(heldOutResult.agreement.bound)}, period ${percent(heldOutResult.agreement.period)}, value ${percent(heldOutResult.agreement.value)}`,
	...heldOutResult.misses.map((m) => `  ${m}`),
].join('\n');

describe('the extraction on the labelled set', () => {
	test('the labelled set holds every sentence of the library that has a numeral, and only those', () => {
		expect(labelled.map((l) => `${l.clause} ${l.sentence}`)).toEqual(candidateSentences());
	});

	test('every labelled number occurs in its sentence', () => {
		for (const l of labelled) for (const q of l.quantities) expect(l.sentence, q.phrase).toContain(q.phrase);
	});

	test('finds requirements with precision and recall of at least 0.9', () => {
		mkdirSync(new URL('../output/', import.meta.url), { recursive: true });
		writeFileSync(new URL('../output/targets-report.txt', import.meta.url), `${report}\n`);
		console.log(report);
		expect(result.requirements.precision).toBeGreaterThanOrEqual(0.9);
		expect(result.requirements.recall).toBeGreaterThanOrEqual(0.9);
	});

	test('never lists an achieved figure as a requirement', () => {
		expect(result.achievementsAsRequirements).toBe(0);
	});

	test('reads the bound, period and value of the requirements it finds as the labels do', () => {
		expect(result.agreement.bound).toBeGreaterThanOrEqual(0.9);
		expect(result.agreement.period).toBeGreaterThanOrEqual(0.9);
		expect(result.agreement.value).toBeGreaterThanOrEqual(0.9);
		expect(result.agreement.family).toBeGreaterThanOrEqual(0.8);
	});
});

describe('the extraction on held-out sentences of other wordings', () => {
	test('finds their requirements with precision and recall of at least 0.9', () => {
		expect(heldOutResult.requirements.precision).toBeGreaterThanOrEqual(0.9);
		expect(heldOutResult.requirements.recall).toBeGreaterThanOrEqual(0.9);
		expect(heldOutResult.achievementsAsRequirements).toBe(0);
	});
});
