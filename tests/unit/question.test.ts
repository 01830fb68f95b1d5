import { describe, expect, test } from 'vitest';
import { answerSpans, questionForm } from '../../src/search/question.ts';

const words = (query: string) =>
	questionForm(query)
		.content.split(/\s+/)
		.filter((w) => w.length > 0);

describe('question forms', () => {
	test('多久, 多长时间 and 什么时候 ask for a time, and are taken out', () => {
		for (const [query, left] of [
			['团干部空缺多久配齐', ['团干部空缺', '配齐']],
			['挂职多长时间', ['挂职']],
			['电子版什么时候报送', ['电子版', '报送']],
		] as const) {
			expect(questionForm(query).answer, query).toBe('time');
			expect(words(query), query).toEqual(left);
		}
	});

	test('多久…一次 asks how often, and its 一次 goes with it', () => {
		expect(words('党费多久交一次')).toEqual(['党费', '交']);
		expect(words('党委多久听取一次汇报')).toEqual(['党委', '听取', '汇报']);
	});

	test('a unit after 几 or 多少 says what is counted', () => {
		expect(questionForm('每年开几次会').answer).toBe('times');
		expect(questionForm('发展了多少名团员').answer).toBe('people');
		expect(questionForm('联系几个团支部').answer).toBe('things');
		expect(questionForm('多少岁以下').answer).toBe('age');
		expect(questionForm('经费有多少钱').answer).toBe('money');
		expect(questionForm('建团率要求多少').answer).toBe('share');
		expect(questionForm('发展团员多少').answer).toBe('number');
	});

	test('多少钱 keeps 钱, a word the synonym groups can take to 经费', () => {
		expect(words('乡镇团委每年给多少钱')).toEqual(['乡镇团委每年给', '钱']);
	});

	test('whether-questions are dropped without asking for anything', () => {
		for (const query of ['学校能不能撤销团委', '是否要征求意见', '可不可以兼职', '要不要纳入考核', '有没有经费', '团委可以合并吗？']) {
			const form = questionForm(query);
			expect(form.answer, query).toBeNull();
			expect(form.asked.length, query).toBeGreaterThan(0);
		}
	});

	test('怎么, 如何 and 谁 are taken out; the measures are what is left', () => {
		expect(words('软弱涣散的团组织怎么处理')).toEqual(['软弱涣散的团组织', '处理']);
		expect(words('如何防止机关化')).toEqual(['防止机关化']);
		expect(words('组长由谁担任')).toEqual(['组长由', '担任']);
	});

	test('这几年 and hedges such as 一般 ask nothing', () => {
		expect(questionForm('这几年有没有事故').answer).toBeNull();
		expect(words('挂职一般挂多长时间')).toEqual(['挂职', '挂']);
	});

	test('a query without a question form comes back as it was', () => {
		expect(questionForm('推优入党')).toEqual({ content: '推优入党', answer: null, asked: [] });
		expect(questionForm('3个月内配齐')).toEqual({ content: '3个月内配齐', answer: null, asked: [] });
	});
});

describe('what an answer looks like in a clause', () => {
	const found = (text: string, kind: Parameters<typeof answerSpans>[1]) => answerSpans(text, kind).map(([at, length]) => text.slice(at, at + length));

	test('a time: a span, a deadline, a frequency; not a year', () => {
		expect(found('应当在3个月内配齐，挂职时间为两年，每年至少1次，8月14日前报送，2023年共发展', 'time')).toEqual(['3个月内', '两年', '每年', '8月14日前']);
	});

	test('counts, amounts, shares and ages', () => {
		expect(found('每年至少召开1次联席会议', 'times')).toEqual(['每年', '1次']);
		expect(found('共发展团员303名，覆盖团干部96人', 'people')).toEqual(['303名', '96人']);
		expect(found('每年不少于2万元', 'money')).toEqual(['2万元']);
		expect(found('达到90%以上', 'share')).toEqual(['90%']);
		expect(found('28周岁以下青年', 'age')).toEqual(['28周岁']);
	});
});
