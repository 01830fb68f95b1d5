import { describe, expect, test } from 'vitest';
import { shortLinkPage } from '../../src/cite/short-link-page.ts';
import { readLibrary } from '../../src/library/read-data.ts';
import { offlineCopyNote } from '../../src/page-data/home.ts';
import { validityBadge, validityPanel } from '../../src/page-data/validity.ts';
import { documentRecord, documentSources, searchData, unpackClauses } from '../../src/search/records.ts';
import { createSegmenter } from '../../src/search/segment.ts';
import { PLACEHOLDER_SITE } from '../../src/utils/links.ts';

const library = readLibrary(new URL('../fixtures/validity/', import.meta.url).pathname, undefined, '2026-01-01');
const doc = (slug: string) => library.documentsBySlug.get(slug)!;

describe('where a document’s validity shows', () => {
	test('the badge says the status, its tone and the reason', () => {
		expect(validityBadge(doc('volunteer-notice'))).toEqual({ status: '不详', label: '时效性不详', tone: 'unknown', reason: '来源未载明' });
		expect(validityBadge(doc('dues-old'))).toMatchObject({ label: '已废止', tone: 'void' });
		expect(validityBadge(doc('youth-home-interim'))).toEqual({
			status: '期满失效',
			label: '期满失效',
			tone: 'void',
			reason: '有效期至2020年12月31日，已届满',
		});
	});

	test('the metadata panel links a repealed document to its successor, and the successor lists what it replaced', () => {
		expect(validityPanel(library, doc('dues-old'), { page: 'document', slug: 'dues-old' })).toMatchObject({
			successor: { title: '某市团委关于团费收缴管理的办法', href: '../documents/dues-management.html' },
			replaced: [],
		});
		expect(validityPanel(library, doc('dues-management'), { page: 'document', slug: 'dues-management' })).toMatchObject({
			successor: null,
			replaced: [{ title: '某市团委关于团费收缴的办法', href: '../documents/dues-old.html' }],
			effective: '2021年3月1日',
		});
	});

	test('the metadata panel gives the dates and the 有效期 as worded', () => {
		expect(validityPanel(library, doc('youth-home-interim'), { page: 'document', slug: 'youth-home-interim' })).toMatchObject({
			effective: '2018年1月1日',
			validUntil: '2020年12月31日',
			term: '有效期至2020年12月31日',
			computed: true,
		});
	});

	test('the short-link page says the document’s validity', () => {
		expect(shortLinkPage(library, 'df-s1', new URL('https://lib.example/'))).toContain(
			'<p>时效性：已废止（本办法自2021年3月1日起废止，由《某市团委关于团费收缴管理的办法》代替。）</p>',
		);
		expect(shortLinkPage(library, 'zy-s1', new URL('https://lib.example/'))).toContain('<p>时效性：时效性不详（来源未载明）</p>');
	});

	test('search records carry the status for the results and the filter', () => {
		const segmenter = createSegmenter({ vocabulary: [] });
		const data = searchData(library);
		const record = data.records.find((r) => r.meta.id === 'yq-s1')!;
		expect(record.meta.documentStatus).toBe('期满失效');
		expect(record.filters.status).toEqual(['期满失效']);
		expect(record.cite.validity).toBe('〔期满失效，有效期至2020年12月31日〕');
		const packed = documentRecord(
			documentSources(data.records).find((r) => r.url === 'documents/dues-old.html')!,
			segmenter,
		);
		expect(unpackClauses(packed.meta).map((c) => c.documentStatus)).toEqual(['已废止', '已废止', '已废止', '已废止']);
	});
});

describe('the offline copy knows its date', () => {
	test('it says the day it was built, and the online address only when SITE_URL gave one', () => {
		expect(offlineCopyNote('2026-11-23', new URL('https://lib.example/policy/'))).toEqual({ built: '2026年11月23日', online: 'https://lib.example/policy/' });
		expect(offlineCopyNote('2026-11-23', new URL(PLACEHOLDER_SITE))).toEqual({ built: '2026年11月23日', online: null });
	});
});
