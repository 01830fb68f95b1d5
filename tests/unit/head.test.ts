import { describe, expect, test } from 'vitest';
import { documentDescription, documentJsonLd, pageHead, SITE_DESCRIPTION, SITE_NAME } from '../../src/page-data/head.ts';
import { fixtureLibraryDir, readLibrary } from '../helpers/fixture-library.ts';

const site = new URL('https://lib.example/policy/');
const library = readLibrary(fixtureLibraryDir);
const alpha = library.documentsBySlug.get('alpha')!;
const beta = library.documentsBySlug.get('beta')!;

describe('the head of a page', () => {
	test('titles a page with its own title, then the site name; the home page with the site name alone', () => {
		expect(pageHead({ title: '引用文件索引', route: { page: 'cited' } }, site).title).toBe(`引用文件索引 · ${SITE_NAME}`);
		expect(pageHead({ title: SITE_NAME, route: { page: 'home' } }, site).title).toBe(SITE_NAME);
	});

	test('describes a page that gives no description as the site', () => {
		expect(pageHead({ title: '搜索条款', route: { page: 'search' } }, site).description).toBe(SITE_DESCRIPTION);
		expect(pageHead({ title: '搜索条款', route: { page: 'search' }, description: '按词语查找。' }, site).description).toBe('按词语查找。');
	});

	test('gives the canonical address on the configured site address, under its sub-path', () => {
		expect(pageHead({ title: 'x', route: { page: 'document', slug: 'alpha' } }, site).canonical).toBe('https://lib.example/policy/documents/alpha.html');
		expect(pageHead({ title: SITE_NAME, route: { page: 'home' } }, site).canonical).toBe('https://lib.example/policy/');
	});

	test('gives the 404 page no canonical address and no og:url: a server sends it at any address', () => {
		const head = pageHead({ title: '找不到页面', route: { page: 'not-found' } }, site);
		expect(head.canonical).toBeUndefined();
		expect(head.openGraph.map((p) => p.property)).not.toContain('og:url');
	});

	test('writes Open Graph for a document as an article, titled without the site name', () => {
		const head = pageHead({ title: alpha.meta.title, route: { page: 'document', slug: 'alpha' }, description: 'd', ogType: 'article' }, site);
		expect(head.openGraph).toEqual([
			{ property: 'og:type', content: 'article' },
			{ property: 'og:site_name', content: SITE_NAME },
			{ property: 'og:locale', content: 'zh_CN' },
			{ property: 'og:title', content: '关于加强基层团建的通知' },
			{ property: 'og:description', content: 'd' },
			{ property: 'og:url', content: 'https://lib.example/policy/documents/alpha.html' },
		]);
	});

	test('serializes JSON-LD so that no text in it can close its script element', () => {
		const head = pageHead({ title: 'x', route: { page: 'home' }, jsonLd: { name: '报告</script><script>alert(1)</script>' } }, site);
		expect(head.jsonLd).not.toContain('<');
		expect(JSON.parse(head.jsonLd!)).toEqual({ name: '报告</script><script>alert(1)</script>' });
		expect(pageHead({ title: 'x', route: { page: 'home' } }, site).jsonLd).toBeUndefined();
	});
});

describe('a document in the head', () => {
	test('is described by its 文种, issuer and year, saying when they are unknown', () => {
		expect(documentDescription(alpha)).toBe('通知 · 某市团委 · 2020年');
		expect(documentDescription(beta)).toBe('工作报告 · 发文单位不详 · 年份不详');
	});

	test('is schema.org Legislation with its top-level clauses as parts, on the site address', () => {
		expect(documentJsonLd(alpha, library.clauses, site)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Legislation',
			name: '关于加强基层团建的通知',
			inLanguage: 'zh-CN',
			url: 'https://lib.example/policy/documents/alpha.html',
			legislationType: '通知',
			legislationPassedBy: { '@type': 'Organization', name: '某市团委' },
			hasPart: [
				{ '@type': 'Legislation', name: '引言', url: 'https://lib.example/policy/documents/alpha.html#al-pre1' },
				{ '@type': 'Legislation', name: '一、配齐团干部', url: 'https://lib.example/policy/documents/alpha.html#al-sec1' },
				{ '@type': 'Legislation', name: '二、保障经费', url: 'https://lib.example/policy/documents/alpha.html#al-sec2' },
			],
		});
	});

	test('states no date unless the source gives the day, and no issuer unless the source states it', () => {
		// alpha is dated to the month; beta's issuer is unknown.
		expect(documentJsonLd(alpha, library.clauses, site)).not.toHaveProperty('legislationDate');
		expect(documentJsonLd(beta, library.clauses, site)).not.toHaveProperty('legislationPassedBy');
	});

	test('states the day, the 发文字号, the region and the source address when the document gives them', () => {
		const dated = {
			...alpha,
			meta: {
				...alpha.meta,
				date: { ...alpha.meta.date, value: '2020-05-04', precision: 'day' as const },
				docNumber: '团发〔2020〕1号',
				region: '甘肃省',
				source: { ...alpha.meta.source, url: 'https://source.example/a' },
			},
		};
		expect(documentJsonLd(dated, library.clauses, site)).toMatchObject({
			legislationDate: '2020-05-04',
			legislationIdentifier: '团发〔2020〕1号',
			legislationJurisdiction: '甘肃省',
			isBasedOn: 'https://source.example/a',
		});
	});
});
