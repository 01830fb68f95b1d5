import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { plainCitation, markdownCitation } from '../../src/cite/citation.ts';
import { latestPinnedPages, shortLinkPage } from '../../src/cite/short-link-page.ts';
import { compareVersions, versionPairs } from '../../src/compare/compare-documents.ts';
import { LibraryError } from '../../src/library/errors.ts';
import { readLibrary } from '../../src/library/read-data.ts';
import { fingerprint, clauseWords } from '../../src/library/stability.ts';
import { clauseChange, versionPage, versionsPanel } from '../../src/page-data/versions.ts';
import type { Route } from '../../src/utils/links.ts';

// The site fixture's 某区团委青年志愿服务管理办法: the 2019年5月1日 original and its 2023年9月1日 revision,
// which moved 四、 to 二、, changed 二、 (now 三、), 三、 (now 四、) and 六、, added 五、 and took out the old 五、.
const fixtureDir = new URL('../fixtures/site/', import.meta.url).pathname;
const library = readLibrary(fixtureDir, undefined, '2026-11-23');
const slug = 'volunteer-measures';
const site = new URL('https://lib.example/');

/** A copy of the site fixture, changed by `edit` (which gets the copy's documents folder). */
function edited(edit: (documents: string) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'versions-'));
	cpSync(fixtureDir, dir, { recursive: true });
	edit(join(dir, 'documents'));
	return dir;
}

/** The problems building the edited library, as `file message`. */
function problems(edit: (documents: string) => void): string[] {
	const dir = edited(edit);
	const short = (text: string) => text.replaceAll(`${dir}/documents/`, '');
	try {
		readLibrary(dir);
	} catch (error) {
		if (error instanceof LibraryError) return error.issues.map((i) => short(`${i.file}${i.clause ? ` [${i.clause}]` : ''} ${i.message}`));
		throw error;
	}
	throw new Error('expected the library to be refused');
}

const replaceIn = (file: string, from: string, to: string) => {
	writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
};

describe('a document with an earlier version', () => {
	test('has its versions oldest first, each with its key and label, the latest being the document itself', () => {
		expect(library.versions.get(slug)!.map((v) => [v.key, v.label, v.latest])).toEqual([
			['2019-05-01', '2019年5月1日版', false],
			['2023-09-01', '2023年9月1日版', true],
		]);
		expect(library.documentsBySlug.get(slug)!.version).toEqual({ key: '2023-09-01', label: '2023年9月1日版' });
		// only the latest version's clauses are the library's; search, topics and relations read those
		expect(library.documentsBySlug.get(slug)!.allClauseIds).toEqual(['vm-aim', 'vm-ins', 'vm-reg', 'vm-hrs', 'vm-trn', 'vm-end']);
		expect(library.clauses.has('vm-rec')).toBe(false);
	});

	test('knows since which version each clause has its words', () => {
		const kinds = Object.fromEntries([...library.versions.get(slug)!.at(-1)!.allClauseIds].map((id) => [id, library.clauseHistory.get(id)?.kind]));
		expect(kinds).toEqual({ 'vm-aim': 'original', 'vm-ins': 'original', 'vm-reg': 'changed', 'vm-hrs': 'changed', 'vm-trn': 'added', 'vm-end': 'changed' });
		expect(library.clauseHistory.get('vm-hrs')).toEqual({ kind: 'changed', since: '2023-09-01', sinceLabel: '2023年9月1日版', previous: '2019-05-01' });
		// a document without earlier versions has no history to show
		expect(library.clauseHistory.has('dm-s1')).toBe(false);
	});

	test('knows the clause the revision took out, and where its words still stand', () => {
		expect(library.goneClauses.get(slug)).toEqual([
			{ id: 'vm-rec', label: '五、', lastIn: '2019-05-01', lastInLabel: '2019年5月1日版', removedIn: '2023-09-01', removedInLabel: '2023年9月1日版' },
		]);
		expect(library.earlierOnly.get('vm-rec')).toEqual({ slug, key: '2019-05-01' });
	});
});

describe('comparing two versions', () => {
	test('each pair of versions is compared, older first', () => {
		expect(versionPairs(library).map((p) => [p.slug, p.from.key, p.to.key])).toEqual([[slug, '2019-05-01', '2023-09-01']]);
	});

	test('finds the unchanged, moved, changed (renumbered), added and removed clauses', () => {
		const { rows, counts } = compareVersions(versionPairs(library)[0]!);
		expect(rows.map((r) => [r.kind, 'before' in r ? r.before.label : null, 'after' in r ? r.after.label : null])).toEqual([
			['same', '一、', '一、'],
			['moved', '四、', '二、'],
			['changed', '二、', '三、'],
			['changed', '三、', '四、'],
			['added', null, '五、'],
			['removed', '五、', null],
			['changed', '六、', '六、'],
		]);
		expect(counts).toEqual({ changed: 3, moved: 1, added: 1, removed: 1, same: 1 });
	});

	test('marks the changed words as phrases and numbers, not scattered characters', () => {
		const rows = compareVersions(versionPairs(library)[0]!).rows;
		const diffOf = (id: string) => {
			const row = rows.find((r) => 'after' in r && r.after.id === id)!;
			return row.kind === 'changed' ? row.diff.map((p) => (p.kind === 'same' ? p.text : p.kind === 'added' ? `[+${p.text}]` : `[-${p.text}]`)).join('') : null;
		};
		expect(diffOf('vm-hrs')).toBe('每名志愿者每年服务时间不少于[-20][+40]小时。');
		expect(diffOf('vm-reg')).toBe('志愿者应当在[-“志愿汇”平台][+全国志愿服务信息系统]注册。');
		expect(diffOf('vm-end')).toBe('本办法自[+2023年9月1日起施行，]2019年5月1日起施行[+的办法同时废止]。');
	});
});

describe('what the pages say of versions', () => {
	const page: Route = { page: 'document', slug };

	test('a clause changed in the latest version says so and links its row on the compare page', () => {
		expect(clauseChange(library, 'vm-hrs', page)).toEqual({
			kind: 'changed',
			text: '本条于2023年9月1日版修改',
			href: '../compare/volunteer-measures/2019-05-01--2023-09-01.html#vm-hrs',
		});
		expect(clauseChange(library, 'vm-trn', page)).toMatchObject({ kind: 'added', text: '本条为2023年9月1日版新增' });
		expect(clauseChange(library, 'vm-aim', page)).toEqual({ kind: 'original', text: '本条自2019年5月1日版以来未改', href: null });
		expect(clauseChange(library, 'dm-s1', { page: 'document', slug: 'dues-management' })).toBeNull();
	});

	test('the 版本 row lists the versions, their comparison and the pinned link of the version shown', () => {
		expect(versionsPanel(library, library.documentsBySlug.get(slug)!, page)).toEqual({
			versions: [
				{ label: '2019年5月1日版', href: '../documents/volunteer-measures/2019-05-01.html', latest: false, here: false },
				{ label: '2023年9月1日版', href: '../documents/volunteer-measures.html', latest: true, here: true },
			],
			compare: [{ title: '2019年5月1日版 → 2023年9月1日版', href: '../compare/volunteer-measures/2019-05-01--2023-09-01.html' }],
			pinned: '../documents/volunteer-measures/2023-09-01.html',
			label: '2023年9月1日版',
		});
	});

	test('a document of one version has a pinned link when its date is known, and none when it is not', () => {
		const dated = library.documentsBySlug.get('dues-old')!;
		expect(versionsPanel(library, dated, { page: 'document', slug: 'dues-old' })).toMatchObject({
			pinned: '../documents/dues-old/2016.html',
			label: '2016年版',
			compare: [],
		});
		const undated = library.documentsBySlug.get('dues-management')!;
		expect(versionsPanel(library, undated, { page: 'document', slug: 'dues-management' })).toMatchObject({ pinned: null, label: '日期不详的版本' });
	});

	test('an earlier version’s page says what became of each clause in the latest', () => {
		const view = versionPage(library, slug, '2019-05-01', { page: 'version', slug, key: '2019-05-01' });
		expect(view.latest).toEqual({ label: '2023年9月1日版', href: '../../documents/volunteer-measures.html' });
		expect(view.clauses.map((c) => [c.id, c.fate.kind, c.fate.text])).toEqual([
			['vm-aim', 'same', '2023年9月1日版（现行）中本条未改'],
			['vm-reg', 'changed', '2023年9月1日版（现行）已修改本条'],
			['vm-hrs', 'changed', '2023年9月1日版（现行）已修改本条'],
			['vm-ins', 'same', '2023年9月1日版（现行）中本条未改，现为二、'],
			['vm-rec', 'removed', '2023年9月1日版（现行）已删去本条'],
			['vm-end', 'changed', '2023年9月1日版（现行）已修改本条'],
		]);
		expect(view.clauses[1]!.fate.href).toBe('../../compare/volunteer-measures/2019-05-01--2023-09-01.html#vm-reg');
	});
});

describe('links that keep working across versions', () => {
	test('the latest version’s pinned address forwards to the document page, keeping the reader’s #clause', () => {
		const pinned = latestPinnedPages(library, site).find((p) => p.route.page === 'version' && p.route.slug === slug)!;
		expect(pinned.route).toEqual({ page: 'version', slug, key: '2023-09-01' });
		expect(pinned.html).toContain('<meta http-equiv="refresh" content="0; url=../../documents/volunteer-measures.html">');
		expect(pinned.html).toContain('location.replace("../../documents/volunteer-measures.html"+location.search+location.hash)');
		// no pinned address for a document whose date is unknown
		expect(latestPinnedPages(library, site).map((p) => (p.route.page === 'version' ? p.route.slug : ''))).not.toContain('dues-management');
	});

	test('a clause’s short link says when it last changed', () => {
		expect(shortLinkPage(library, 'vm-hrs', site)).toContain('本条最后修改：2023年9月1日版。');
		expect(shortLinkPage(library, 'vm-aim', site)).toContain('本条自2019年5月1日版以来未改。');
	});

	test('the short link of a clause the revision took out opens it in the last version that held it', () => {
		const html = shortLinkPage(library, 'vm-rec', site)!;
		expect(html).toContain('url=../documents/volunteer-measures/2019-05-01.html#vm-rec');
		expect(html).toContain('此条已于2023年9月1日版删去，以下为2019年5月1日版的原文。');
	});

	test('a citation gives the link that follows the clause and the link that keeps the words cited', () => {
		const source = {
			documentTitle: '某区团委青年志愿服务管理办法',
			number: '四、',
			title: '',
			issuer: '某区团委',
			date: '2023年9月1日',
			validity: null,
			url: 'https://lib.example/c/vm-hrs.html',
			pinned: { label: '2023年9月1日版', url: 'https://lib.example/documents/volunteer-measures/2023-09-01.html#vm-hrs' },
		};
		expect(plainCitation(source)).toBe(
			'《某区团委青年志愿服务管理办法》四、（某区团委，2023年9月1日）。https://lib.example/c/vm-hrs.html（2023年9月1日版：https://lib.example/documents/volunteer-measures/2023-09-01.html#vm-hrs）',
		);
		expect(markdownCitation(source)).toBe(
			'《某区团委青年志愿服务管理办法》[四、](https://lib.example/c/vm-hrs.html)（某区团委，2023年9月1日）（[2023年9月1日版](https://lib.example/documents/volunteer-measures/2023-09-01.html#vm-hrs)）',
		);
	});

	test('a published id whose words now stand only in an earlier version is kept, not refused', () => {
		const dir = edited(() => undefined);
		const old = library.versions.get(slug)![0]!;
		const registry = {
			clauses: Object.fromEntries(['vm-hrs', 'vm-rec'].map((id) => [id, { document: slug, fingerprint: fingerprint(clauseWords(old.clauses.get(id)!)) }])),
		};
		writeFileSync(join(dir, 'clause-registry.json'), JSON.stringify(registry));
		expect(() => readLibrary(dir)).not.toThrow();
	});
});

describe('bad versions stop the build, naming the file and the value', () => {
	const earlier = (documents: string) => join(documents, slug, '2019-05-01.mdx');

	test('versions of a document that does not exist', () => {
		expect(
			problems((d) => {
				mkdirSync(join(d, 'no-such-plan'));
				cpSync(earlier(d), join(d, 'no-such-plan', '2019-05-01.mdx'));
			}),
		).toEqual([
			'no-such-plan/2019-05-01.mdx a version of "no-such-plan", which is not a document of the library: its latest version must be content/documents/no-such-plan.mdx',
		]);
	});

	test('two versions with the same date', () => {
		expect(
			problems((d) => {
				replaceIn(earlier(d), 'value: "2019-05-01"', 'value: "2023-09-01"');
			}),
		).toContain(
			'volunteer-measures/2019-05-01.mdx the file is named "2019-05-01" but its version is "2023-09-01" (version, else date.value): name it 2023-09-01.mdx',
		);
		expect(
			problems((d) => {
				replaceIn(earlier(d), 'value: "2019-05-01"', 'value: "2023-09-01"');
				renameSync(earlier(d), join(d, slug, '2023-09-01.mdx'));
			}),
		).toEqual(['volunteer-measures/2023-09-01.mdx two versions with the same date: "2023-09-01" here and "2023-09-01" in volunteer-measures.mdx']);
	});

	test('an earlier version without a date, and a latest version without one', () => {
		expect(
			problems((d) => {
				replaceIn(earlier(d), 'value: "2019-05-01"\n  precision: day', 'value: null\n  precision: unknown');
			}),
		).toEqual(['volunteer-measures/2019-05-01.mdx an earlier version needs a date: set date.value or version (its file is named by it)']);
		expect(
			problems((d) => {
				replaceIn(join(d, `${slug}.mdx`), 'value: "2023-09-01"\n  precision: day', 'value: null\n  precision: unknown');
			}),
		).toEqual([
			'volunteer-measures.mdx this document has earlier versions (content/documents/volunteer-measures/), so its own version needs a date: set date.value or version',
		]);
	});

	test('an earlier version dated after the latest', () => {
		expect(
			problems((d) => {
				replaceIn(earlier(d), 'value: "2019-05-01"', 'value: "2024-01-01"');
				renameSync(earlier(d), join(d, slug, '2024-01-01.mdx'));
			}),
		).toEqual([
			'volunteer-measures/2024-01-01.mdx version "2024-01-01" is newer than the latest version "2023-09-01" (volunteer-measures.mdx): the newest version is volunteer-measures.mdx',
		]);
	});

	test('a version whose clause id another document uses', () => {
		expect(
			problems((d) => {
				replaceIn(earlier(d), 'id="vm-rec"', 'id="dm-s1"');
			}),
		).toEqual([
			'volunteer-measures/2019-05-01.mdx [dm-s1] clause id "dm-s1" is used by another document, "dues-management": a version\'s ids belong to its document',
		]);
	});

	test('a file in a document’s folder that is not a version', () => {
		expect(
			problems((d) => {
				writeFileSync(join(d, slug, 'notes.txt'), '草稿');
			}),
		).toEqual(["volunteer-measures/notes.txt not a version file: a document's folder holds only its earlier versions, as <date>.mdx"]);
	});
});
