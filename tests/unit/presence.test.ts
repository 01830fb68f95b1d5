import { describe, expect, test } from 'vitest';
import { chunkPresence, presenceChunk, presenceKeys, termKeys } from '../../src/search/presence.ts';

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
});
