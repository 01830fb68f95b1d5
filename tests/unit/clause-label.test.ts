import { describe, expect, test } from 'vitest';
import { clauseHeading, clauseLabel, clauseTitle, numberSeparator, ownHeading } from '../../src/library/clause-label.ts';

const clause = {
	n: '15',
	title: '配齐配强各领域团干部',
	role: null,
	numberPath: ['四、', '15'],
	text: '各级党组织要坚持党管干部原则，配齐配强各领域团干部，确保3个月内到位。',
};

describe('how a clause’s number and title read together', () => {
	test('a space after an Arabic number or a letter, none after 、 . or 是', () => {
		expect(['01', '1', 'A', '一、', '1.', '一是', '（二）'].map(numberSeparator)).toEqual([' ', ' ', ' ', '', '', '', '']);
		expect(clauseHeading('四、15', '配齐配强各领域团干部')).toBe('四、15 配齐配强各领域团干部');
		expect(clauseHeading('三、（二）', '加强领导')).toBe('三、（二）加强领导');
	});

	test('a label is the number path and title; an unnumbered opening is 引言; a clause with neither starts its text', () => {
		expect(clauseLabel(clause)).toBe('四、15 配齐配强各领域团干部');
		expect(clauseLabel({ ...clause, numberPath: [], title: null, role: 'preamble' })).toBe('引言');
		expect(clauseLabel({ ...clause, numberPath: [], title: null })).toBe(clause.text.slice(0, 24));
	});

	test('a heading within its document uses its own number only', () => {
		expect(ownHeading(clause)).toBe('15 配齐配强各领域团干部');
		expect(ownHeading({ n: null, title: null, role: 'closing' })).toBe('结语');
		expect(clauseTitle({ title: null, role: null })).toBe('');
	});
});
