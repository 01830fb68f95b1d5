import { describe, expect, test } from 'vitest';
import { markdownCitation, phraseLink, plainCitation, type CitationSource } from '../../src/cite/citation.ts';
import { clauseHeading } from '../../src/library/clause-label.ts';

const jinchang15: CitationSource = {
	documentTitle: '金昌市进一步加强党建带团建工作的实施方案',
	number: '四、15',
	title: '配齐配强各领域团干部',
	issuer: '中共金昌市委组织部、共青团金昌市委',
	date: '约2024年1月15日',
	validity: null,
	url: 'https://lib.example/c/jc-xzjj.html',
};

describe('citing a clause', () => {
	test('plain text, as cadres cite', () => {
		expect(plainCitation(jinchang15)).toBe(
			'《金昌市进一步加强党建带团建工作的实施方案》四、15 配齐配强各领域团干部（中共金昌市委组织部、共青团金昌市委，约2024年1月15日）。https://lib.example/c/jc-xzjj.html',
		);
	});

	test('Markdown, with the clause as the link', () => {
		expect(markdownCitation(jinchang15)).toBe(
			'《金昌市进一步加强党建带团建工作的实施方案》[四、15 配齐配强各领域团干部](https://lib.example/c/jc-xzjj.html)（中共金昌市委组织部、共青团金昌市委，约2024年1月15日）',
		);
	});

	test('warns after the facts when the document is not in force or not known to be', () => {
		expect(plainCitation({ ...jinchang15, validity: '〔已废止〕' })).toBe(
			'《金昌市进一步加强党建带团建工作的实施方案》四、15 配齐配强各领域团干部（中共金昌市委组织部、共青团金昌市委，约2024年1月15日）〔已废止〕。https://lib.example/c/jc-xzjj.html',
		);
		expect(markdownCitation({ ...jinchang15, issuer: null, date: null, validity: '〔时效性不详：来源未载明〕' })).toBe(
			'《金昌市进一步加强党建带团建工作的实施方案》[四、15 配齐配强各领域团干部](https://lib.example/c/jc-xzjj.html)〔时效性不详：来源未载明〕',
		);
	});

	test('leaves out what is not known instead of inventing it', () => {
		expect(plainCitation({ ...jinchang15, issuer: null, date: null })).toBe(
			'《金昌市进一步加强党建带团建工作的实施方案》四、15 配齐配强各领域团干部。https://lib.example/c/jc-xzjj.html',
		);
	});

	test('numbers are joined to titles as printed: a space after 15, none after 、 or 是', () => {
		expect(clauseHeading('三、（二）', '加强领导')).toBe('三、（二）加强领导');
		expect(clauseHeading('二、3.一是', '')).toBe('二、3.一是');
		expect(clauseHeading('', '引言')).toBe('引言');
	});

	test('a link can mark a phrase inside the clause', () => {
		expect(phraseLink('https://lib.example/c/jc-xzjj.html', ' 3个月内配齐 ')).toBe(
			`https://lib.example/c/jc-xzjj.html?hl=${encodeURIComponent('3个月内配齐')}`,
		);
	});
});
