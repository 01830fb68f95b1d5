/**
 * The extraction over fixture folders: each holds input.txt (the 文种 on the first line, then
 * policy text) and expected.json (every requirement and achieved figure the rules read from it,
 * in full). Regenerate on purpose only, after checking the difference reads right:
 *   UPDATE_TARGET_FIXTURES=1 npx vitest run tests/targets/fixtures.test.ts
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readSentence } from '../../src/targets/extract-targets.ts';
import { splitSentences } from '../../src/targets/sentences.ts';

const root = new URL('fixtures/', import.meta.url);
const update = process.env['UPDATE_TARGET_FIXTURES'] === '1';

function extract(input: string) {
	const [genre = '', ...lines] = input.trim().split('\n');
	return lines.flatMap((line) =>
		splitSentences(line).flatMap((s) =>
			readSentence(s.text, genre.trim()).map((t) => ({
				sentence: t.sentence,
				kind: t.kind,
				phrase: t.quantity.phrase,
				value: t.quantity.value,
				max: t.quantity.max,
				unit: t.quantity.unit,
				bound: t.bound,
				period: t.period,
				measure: t.measure,
				family: t.family,
				subject: t.subject,
			})),
		),
	);
}

describe('the extraction reads each fixture as expected', () => {
	for (const name of readdirSync(root).sort()) {
		test(name, () => {
			const actual = extract(readFileSync(new URL(`${name}/input.txt`, root), 'utf8'));
			const expectedFile = new URL(`${name}/expected.json`, root);
			if (update) writeFileSync(expectedFile, `${JSON.stringify(actual, null, '\t')}\n`);
			expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
		});
	}
});
