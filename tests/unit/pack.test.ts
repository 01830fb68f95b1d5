import { describe, expect, test } from 'vitest';
import { decodePack, encodePack, packMarkdown, resolvePack, type PackEntry } from '../../src/pack/pack.ts';

const pack = {
	title: '团干部培训第三讲',
	items: [
		{ id: 'jc-xzjj', note: '重点：3个月内配齐' },
		{ id: 'fy-8krv', note: '' },
	],
};

describe('course pack links', () => {
	test('a pack survives the round trip through a link', () => {
		expect(decodePack(`#${encodePack(pack)}`)).toEqual({ pack, problems: [] });
	});

	test('a link cut short keeps every item before the cut', () => {
		const link = encodePack(pack);
		const cut = link.slice(0, link.indexOf('fy-8krv') + 3);
		const { pack: read, problems } = decodePack(cut);
		expect(read.items).toEqual([pack.items[0]]);
		expect(problems).toEqual(['第 2 项“fy-”不是有效的条款编号，已略过。']);
	});

	test('a damaged item is named and the others are kept', () => {
		const { pack: read, problems } = decodePack('v=1&t=x&i=jc-xzjj&i=%3Cscript%3E&i=fy-8krv');
		expect(read.items.map((i) => i.id)).toEqual(['jc-xzjj', 'fy-8krv']);
		expect(problems).toEqual(['第 2 项“<script>”不是有效的条款编号，已略过。']);
	});

	test('a link with no clause says so', () => {
		expect(decodePack('#garbage').problems).toEqual(['链接缺少版本标记，可能不完整；已尽量读取。', '链接中没有条款。']);
	});
});

describe('the Markdown export', () => {
	test('lists each clause with its text, citation and note; removed clauses with their successor', () => {
		const entries: PackEntry[] = [
			{
				kind: 'clause',
				item: pack.items[0]!,
				id: 'jc-xzjj',
				documentTitle: '金昌方案',
				label: '四、15 配齐配强各领域团干部',
				text: '应当在3个月内配齐。',
				citation: '《金昌方案》四、15。https://x/c/jc-xzjj.html',
				url: 'https://x/c/jc-xzjj.html',
				viaAlias: false,
			},
			{
				kind: 'removed',
				item: { id: 'al-old', note: '' },
				label: '一、旧条款',
				successor: { id: 'jc-xzjj', label: '四、15', url: 'https://x/c/jc-xzjj.html' },
			},
		];
		expect(packMarkdown('第三讲', entries)).toBe(
			[
				'# 第三讲',
				'',
				'## 1. 《金昌方案》四、15 配齐配强各领域团干部',
				'',
				'> 应当在3个月内配齐。',
				'',
				'《金昌方案》四、15。https://x/c/jc-xzjj.html',
				'',
				'备注：重点：3个月内配齐',
				'',
				'## 2. 一、旧条款（已删除）',
				'',
				'接替条款：[四、15](https://x/c/jc-xzjj.html)',
				'',
			].join('\n'),
		);
	});
});

describe('a pack read against the library as it is now', () => {
	const record = {
		href: 'documents/a.html#jc-xzjj',
		id: 'jc-xzjj',
		label: '四、15 配齐配强各领域团干部',
		documentTitle: '金昌方案',
		number: '四、15',
		title: '配齐配强各领域团干部',
		text: '应当在3个月内配齐。',
		topics: '',
		filters: {},
		cite: { issuer: '团市委', date: '2024年', validity: null },
	};
	const index = {
		records: [record],
		aliases: { 'jc-old1': 'jc-xzjj' },
		removed: { 'jc-gone': { label: '四、16 旧条款', successor: 'jc-xzjj' }, 'jc-none': { label: '四、17 另一旧条款', successor: null } },
	};
	const entries = resolvePack(
		{ title: '', items: ['jc-xzjj', 'jc-old1', 'jc-gone', 'jc-none', 'zz-what'].map((id) => ({ id, note: '' })) },
		index,
		'https://lib.example/',
	);

	test('a current clause, with its citation on the site address', () => {
		expect(entries[0]).toMatchObject({
			kind: 'clause',
			id: 'jc-xzjj',
			citation: '《金昌方案》四、15 配齐配强各领域团干部（团市委，2024年）。https://lib.example/c/jc-xzjj.html',
		});
	});

	test('a renamed clause, found through its old id', () => {
		expect(entries[1]).toMatchObject({ kind: 'clause', id: 'jc-xzjj', viaAlias: true });
	});

	test('a removed clause shows as removed, with its successor', () => {
		expect(entries[2]).toMatchObject({ kind: 'removed', label: '四、16 旧条款', successor: { id: 'jc-xzjj', url: 'https://lib.example/c/jc-xzjj.html' } });
		expect(entries[3]).toMatchObject({ kind: 'removed', successor: null });
	});

	test('an id the library never had', () => {
		expect(entries[4]).toMatchObject({ kind: 'unknown' });
	});
});
