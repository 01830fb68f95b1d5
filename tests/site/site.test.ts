import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../../src/checks/links.ts';
import { builtFiles, builtPages } from '../helpers/built-site.ts';
import { readLibrary } from '../helpers/fixture-library.ts';

const library = readLibrary(new URL('../../content/', import.meta.url).pathname);
const pages = builtPages();
const page = (file: string) => parse(pages.get(file)!);
const section = (id: string) => {
	const clause = library.clauses.get(id)!;
	const el = page(`documents/${clause.documentSlug}.html`).getElementById(id);
	if (!el) throw new Error(`no #${id} on ${clause.documentSlug}`);
	// The clause's own links, not those of its sub-clauses.
	return el.querySelectorAll(':scope > .clause-meta a').map((a) => a.getAttribute('href'));
};

describe('the built site', () => {
	test('has no broken link and no broken #fragment', () => {
		expect(findBrokenLinks(pages, builtFiles())).toEqual([]);
	});

	test('every page is zh-CN', () => {
		for (const [file, html] of pages) expect(parse(html).querySelector('html')?.getAttribute('lang'), file).toBe('zh-CN');
	});

	test('has a home page, a page per document and per topic, and the cited documents index', () => {
		expect(pages.has('index.html')).toBe(true);
		expect(pages.has('cited.html')).toBe(true);
		for (const d of library.documents) expect(pages.has(`documents/${d.slug}.html`), d.slug).toBe(true);
		for (const t of library.topics) expect(pages.has(`topics/${t.slug}.html`), t.slug).toBe(true);
	});

	test('every clause has an anchor with a visible link to itself', () => {
		for (const clause of library.clauses.values()) {
			const doc = page(`documents/${clause.documentSlug}.html`);
			expect(doc.getElementById(clause.id), clause.id).not.toBeNull();
			expect(doc.querySelector(`#${clause.id} > .clause-head > a.anchor[href="#${clause.id}"]`), clause.id).not.toBeNull();
		}
	});

	test('every declared relation shows on both clauses', () => {
		for (const relations of library.outgoing.values()) {
			for (const r of relations) {
				const from = library.clauses.get(r.from)!;
				const to = library.clauses.get(r.to)!;
				expect(section(r.from), `${r.from} → ${r.to}`).toContain(`../documents/${to.documentSlug}.html#${r.to}`);
				expect(section(r.to), `${r.to} ← ${r.from}`).toContain(`../documents/${from.documentSlug}.html#${r.from}`);
			}
		}
	});

	test('declares at least 30 relations between clauses of different documents', () => {
		const cross = [...library.outgoing.values()].flat().filter((r) => library.clauses.get(r.from)!.documentSlug !== library.clauses.get(r.to)!.documentSlug);
		expect(cross.length).toBeGreaterThanOrEqual(30);
	});

	test('numbered clauses nest as in the source: under each parent, each numbering scheme counts 1, 2, 3 …', () => {
		const han = '一二三四五六七八九十';
		const ordinal = (n: string) => (/^\d/.test(n) ? Number.parseInt(n, 10) : han.indexOf(n.replace(/^第/, '')[0]!) + 1);
		const scheme = (n: string) => (/^\d{2}$/.test(n) ? 'measure' : /^\d/.test(n) ? 'arabic' : n.replace(/^第/, '第').replace(/[一二三四五六七八九十]+/, '#'));
		const parents = [
			...library.documents.map((d) => ({ id: d.slug, children: d.clauseIds })),
			...[...library.clauses.values()].map((c) => ({ id: c.id, children: c.childIds })),
		];
		for (const parent of parents) {
			const bySchema = new Map<string, number[]>();
			for (const id of parent.children) {
				const n = library.clauses.get(id)!.n;
				if (n === null || scheme(n) === 'measure') continue;
				bySchema.set(scheme(n), [...(bySchema.get(scheme(n)) ?? []), ordinal(n)]);
			}
			for (const [key, ordinals] of bySchema) expect(ordinals, `${parent.id} ${key}`).toEqual(ordinals.map((_, i) => i + 1));
		}
	});

	test('unnumbered headed sections keep the source’s outline', () => {
		const top = (slug: string) => library.documentsBySlug.get(slug)!.clauseIds.map((id) => library.clauses.get(id)!.title ?? library.clauses.get(id)!.role);
		expect(top('fuyun-county-league-reform')).toEqual([
			'preamble',
			'坚持高位推动,强化组织领导',
			'聚焦队伍建设,推进“三轴”建设',
			'强化团员教育 指引前进方向',
			'closing',
		]);
		expect(top('bank-party-committee-liangxue-yizuo')).toEqual(['preamble', '强化党建工作意识。', '规范党建运行制度。', '发挥党建引领作用。']);
	});

	test('every clause with policy content has a topic; only opening or closing lines may have none', () => {
		const untagged = [...library.clauses.values()].filter((c) => c.topics.length === 0 && c.role === null);
		expect(untagged.map((c) => c.id)).toEqual([]);
	});

	test('the topic page lists every clause of its topic, grouped by document', () => {
		for (const topic of library.topics) {
			const links = page(`topics/${topic.slug}.html`)
				.querySelectorAll('.topic-clause h3 a')
				.map((a) => a.getAttribute('href')!.split('#')[1]);
			expect(links, topic.slug).toEqual(library.documents.flatMap((d) => topic.clauseIds.filter((id) => library.clauses.get(id)!.documentSlug === d.slug)));
		}
	});

	test('the cited documents index groups 改进/改革 variants of one opinion', () => {
		const opinion = page('cited.html').getElementById('qun-tuan-opinion')!;
		expect(opinion.text).toContain('《中共中央关于加强和改革党的群团工作的意见》');
		expect(opinion.text).toContain('《关于加强和改进党的群团工作的意见》');
	});

	test('the cited documents index lists every citing clause and links cited documents that are in the library', () => {
		const cited = page('cited.html');
		for (const work of library.citedWorks) {
			const item = cited.getElementById(work.id)!;
			const links = item.querySelectorAll('a').map((a) => a.getAttribute('href'));
			for (const id of work.citingClauseIds) expect(links, work.title).toContain(`documents/${library.clauses.get(id)!.documentSlug}.html#${id}`);
			if (work.documentSlug) expect(links, work.title).toContain(`documents/${work.documentSlug}.html`);
		}
	});

	test('unknown, inferred and approximate facts are shown as such', () => {
		// Each fact of a document's panel, by its label.
		const facts = (slug: string) =>
			new Map(
				page(`documents/${slug}.html`)
					.querySelectorAll('.meta-panel dt')
					.map((dt) => [dt.text.trim(), dt.nextElementSibling?.text.trim() ?? ''] as const),
			);
		const school = facts('fengxian-school-qun-tuan-summary');
		expect(school.get('日期')).toMatch(/^日期不详/);
		expect(school.get('发文单位')).toMatch(/^不详/);
		expect(facts('central-chuangxian-zhengyou-notice').get('发文单位')).toMatch(/^共青团中央\s*（据文意推断）/);
		expect(facts('jinchang-dangjian-daituanjian-plan').get('日期')).toMatch(/^约2024年1月15日/);
	});
});

describe('published clause ids', () => {
	test('every clause of the library is recorded as published (npm run ids:record)', () => {
		const registry = JSON.parse(readFileSync(new URL('../../content/clause-registry.json', import.meta.url), 'utf8')) as { clauses: Record<string, unknown> };
		const unrecorded = [...library.clauses.keys()].filter((id) => !(id in registry.clauses));
		expect(unrecorded).toEqual([]);
	});

	test('every published id has a short link page', () => {
		for (const id of [...library.clauses.keys(), ...library.aliases.keys(), ...library.removed.keys()]) expect(pages.has(`c/${id}.html`), id).toBe(true);
	});
});
