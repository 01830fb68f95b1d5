import { describe, expect, test } from 'vitest';
import { chunkPresence, libraryPresenceKeys, presenceChunk, presenceKeys, termKeys } from '../../src/search/presence.ts';
import { fold } from '../../src/search/segment.ts';

describe('the presence index', () => {
	const keys = presenceKeys('团干部配备率、在岗率达到90%以上，经费每年不少于2万元。');
	const occurs = (term: string) => termKeys(term).every((k) => keys.has(k));

	test('knows the words of the text, as pairs of characters', () => {
		expect(occurs('团干部')).toBe(true);
		expect(occurs('在岗率')).toBe(true);
		expect(occurs('区块链')).toBe(false);
	});

	test('knows numbers with their units and percentages, as the segmenter cuts them', () => {
		expect(occurs('90%')).toBe(true);
		expect(occurs('2万元')).toBe(true);
		expect(occurs('2万')).toBe(true);
		expect(occurs('80%')).toBe(false);
	});

	test('every key lands in the chunk the browser will look in', () => {
		const chunks = chunkPresence(keys, 4);
		for (const k of keys) expect(chunks[presenceChunk(k, chunks.length)]).toContain(k);
	});

	test('holds each Han code unit and pair of units, and each number with each prefix of its unit: no more', () => {
		// 𠀀 and 𠁀 are outside the BMP: two code units each, as a query's keys cut them (termKeys).
		const astral = '\u{20000}\u{20040}';
		const keys = presenceKeys(`团费2万元，${astral}。`);
		const units = Array.from({ length: astral.length }, (_, i) => astral[i]!);
		expect([...keys].sort()).toEqual(
			['团', '费', '团费', '万', '元', '万元', '2', '2万', '2万元', ...new Set(units), ...units.slice(1).map((u, i) => units[i]! + u)].sort(),
		);
		expect(termKeys(astral).every((k) => keys.has(k))).toBe(true);
	});

	test('of many texts is the union of each text’s keys, with no pair across two texts', () => {
		// Each text's keys as the index first defined them: strings, a set per text.
		const reference = (text: string) => {
			const keys = new Set<string>();
			const folded = fold(text);
			for (const run of folded.match(/\p{Script=Han}+/gu) ?? []) {
				for (let i = 0; i < run.length; i++) {
					keys.add(run[i]!);
					if (i + 1 < run.length) keys.add(run.slice(i, i + 2));
				}
			}
			for (const m of folded.match(/\d+(?:\.\d+)?(?:[%‰]|\p{Script=Han}{0,2})|[a-z]+/gu) ?? []) {
				const number = /^\d+(?:\.\d+)?/.exec(m)?.[0];
				if (number) for (let end = number.length; end <= m.length; end++) keys.add(m.slice(0, end));
				else keys.add(m);
			}
			return keys;
		};
		const texts = ['团干部配备', '部署经费90%', 'Youth 团', '\u{20000}\u{20040}团费2.5万元'];
		const union = new Set(texts.flatMap((t) => [...reference(t)]));
		const keys = libraryPresenceKeys(texts);
		expect([...keys].sort()).toEqual([...union].sort());
		expect(keys.has('备部')).toBe(false);
		expect(libraryPresenceKeys(['团', '费']).has('团费')).toBe(false);
	});
});
