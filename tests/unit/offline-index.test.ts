import { describe, expect, test } from 'vitest';
import { packOfflineIndex, unpackOfflineIndex, type PackedOfflineIndex } from '../../src/search/offline-index.ts';
import { searchData, type SearchData } from '../../src/search/records.ts';
import { fixtureLibraryDir, readLibrary } from '../helpers/fixture-library.ts';

const offlineIndex = (d: SearchData, limit: number) => unpackOfflineIndex(JSON.parse(JSON.stringify(packOfflineIndex(d, limit))) as PackedOfflineIndex);
const data = searchData(readLibrary(fixtureLibraryDir));

describe('the offline (from-disk) search index', () => {
	test('carries every clause’s text while the library is within the limit', () => {
		const index = offlineIndex(data, data.records.length);
		expect(index.fullText).toBe(true);
		expect(index.records.map((r) => r.text)).toEqual(data.records.map((r) => r.meta.text));
	});

	test('stored compactly, it unpacks to every clause as the search and course-pack pages use it', () => {
		const index = offlineIndex(data, data.records.length);
		expect(index.records).toEqual(data.records.map((r) => ({ ...r.meta, filters: r.filters, cite: r.cite })));
		expect(index.aliases).toEqual(data.aliases);
		expect(index.removed).toEqual(data.removed);
	});

	test('above the limit, carries every clause with its titles but no text, and says so', () => {
		const index = offlineIndex(data, data.records.length - 1);
		expect(index.fullText).toBe(false);
		expect(index.records).toHaveLength(data.records.length);
		expect(index.records.every((r) => r.text === '')).toBe(true);
		expect(index.records.map((r) => r.label)).toEqual(data.records.map((r) => r.meta.label));
		expect(index.records.map((r) => r.documentTitle)).toEqual(data.records.map((r) => r.meta.documentTitle));
	});
});
