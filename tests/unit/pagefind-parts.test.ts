import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { partCount, writePagefindParts } from '../../integrations/pagefind-parts.ts';
import type { SearchSource } from '../../src/search/records.ts';
import { createSegmenter } from '../../src/search/segment.ts';

/** A document's search source, with a clause of the given text. */
const source = (n: number, text: string): SearchSource => ({
	url: `documents/doc-${n}.html`,
	texts: [`文件${n}`, `一、总则\n${text}`],
	meta: { title: `文件${n}`, status: '现行有效', page: `documents/doc-${n}.html`, topics: '[]', clauses: '[]' },
	filters: { topic: [], status: ['现行有效'], genre: ['通知'], issuer: [], level: ['县'], year: [] },
});

describe('the search index in parts', () => {
	test('a library is split into as few parts as hold at most 2,500 documents each (or the configured number)', () => {
		expect(partCount(7)).toBe(1);
		expect(partCount(2500)).toBe(1);
		expect(partCount(2501)).toBe(2);
		expect(partCount(10_000)).toBe(4);
		expect(partCount(12_000)).toBe(5);
		expect(partCount(10, 3)).toBe(4);
	});

	test('a rebuild copies the parts whose documents are unchanged and cuts into words only the documents of the part it re-indexes', async () => {
		const work = mkdtempSync(join(tmpdir(), 'parts-'));
		const cache = { dir: join(work, 'cache'), force: false };
		const texts = Array.from({ length: 1000 }, (_, i) => `团支部每月开展主题团日活动不少于${(i % 9) + 1}次`);
		const segmenter = createSegmenter({ vocabulary: ['主题团日'] });
		let cut: string[] = [];
		const counting = { ...segmenter, tokens: (text: string) => (cut.push(text), segmenter.tokens(text)) };
		const build = (name: string, list: string[]) =>
			writePagefindParts(
				list.map((t, i) => source(i, t)),
				join(work, name),
				{ segmenter: counting, vocabulary: ['主题团日'] },
				{ partDocuments: 250, cache },
			);

		const first = await build('first', texts);
		expect(first).toEqual({ parts: 4, reused: 0 });
		expect(cut).toHaveLength(2000);

		cut = [];
		const edited = texts.map((t, i) => (i === 500 ? '团支部每季度召开一次团员大会' : t));
		const second = await build('second', edited);
		expect(second).toEqual({ parts: 4, reused: 3 });
		// Only the edited document is cut again: the others of its part keep their words.
		expect(cut).toEqual(['文件500', '一、总则\n团支部每季度召开一次团员大会']);
		expect(cut).toContain('一、总则\n团支部每季度召开一次团员大会');
		expect(readdirSync(join(work, 'second', 'parts')).sort()).toEqual(readdirSync(join(work, 'first', 'parts')).sort());

		cut = [];
		expect(await build('third', edited)).toEqual({ parts: 4, reused: 4 });
		expect(cut).toEqual([]);
	}, 60_000);
});
