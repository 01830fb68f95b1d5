/**
 * The rules on sentences written for these tests, in wordings the seven documents do not use:
 * other verbs, Chinese numerals, ranges, 以内 and 不超过, reports and speeches.
 */
import { describe, expect, test } from 'vitest';
import { readSentence } from '../../src/targets/extract-targets.ts';

function read(sentence: string, genre = '实施方案') {
	return readSentence(sentence, genre).map((t) => ({
		kind: t.kind,
		phrase: t.quantity.phrase,
		value: t.quantity.value,
		unit: t.quantity.unit,
		bound: t.bound,
		period: t.period,
	}));
}

describe('requirements', () => {
	test('至少 with a Chinese numeral and a quarterly period', () => {
		expect(read('乡镇团委书记每季度至少走访两个村团支部。')).toEqual([
			{ kind: 'requirement', phrase: '两个', value: 2, unit: '个', bound: 'at-least', period: '每季度' },
		]);
	});

	test('不超过 sets a ceiling, 一般 before it or not', () => {
		expect(read('专职团干部的年龄一般不超过35周岁。', '意见')).toMatchObject([{ bound: 'at-most', value: 35, unit: '周岁', period: '长期' }]);
	});

	test('控制在…以内 sets a ceiling on a share', () => {
		expect(read('中学团员占同龄人口的比例原则上控制在30%以内。', '意见')).toMatchObject([{ bound: 'at-most', value: 30, unit: '%' }]);
	});

	test('a duration followed by 内 is a time limit', () => {
		expect(read('收到入团申请后，团支部应在十五个工作日内答复。', '办法')).toMatchObject([{ bound: 'within', value: 15, unit: '个工作日' }]);
	});

	test('a range keeps both ends', () => {
		const [t] = readSentence('团的基层委员会每届任期为三至五年。', '办法');
		expect(t?.quantity).toMatchObject({ value: 3, max: 5, unit: '年' });
		expect(t?.bound).toBe('range');
	});

	test('a count of times under an obligation, once only without a period', () => {
		expect(read('各企业团委要对团员档案进行一次清理。', '通知')).toMatchObject([{ kind: 'requirement', phrase: '一次', period: '一次性' }]);
	});

	test('a period stated as every N years goes to the count after it', () => {
		expect(read('团的代表大会每五年举行一次。', '办法')).toMatchObject([{ phrase: '一次', period: '每五年', bound: 'exactly' }]);
	});

	test('一 is a count when bounded (至少一名)', () => {
		expect(read('每个团支部至少配备一名团干部。', '意见')).toMatchObject([{ phrase: '一名', value: 1, bound: 'at-least' }]);
	});

	test('a target with 力争 is a requirement; the year in it is not a number', () => {
		expect(read('力争到2027年，新兴领域团组织覆盖率达到80%。')).toMatchObject([{ phrase: '80%', bound: 'at-least' }]);
	});

	test('an obligation in a report makes its number a requirement', () => {
		expect(read('下一步，要确保团干部在岗率达到100%。', '工作报告')).toMatchObject([{ kind: 'requirement', value: 100 }]);
	});

	test('names what is measured and who is bound', () => {
		const [t] = readSentence('各级团委要每年至少召开2次团员大会。', '通知');
		expect(t).toMatchObject({ measure: '召开团员大会', subject: '各级团委' });
	});
});

describe('achieved figures and numbers that are neither', () => {
	test('a report states results, not requirements', () => {
		expect(read('全年共举办团干部培训班12期，培训1200人次。', '工作总结')).toMatchObject([
			{ kind: 'achievement', phrase: '12期' },
			{ kind: 'achievement', phrase: '1200人次' },
		]);
	});

	test('a 通报 states results as a report does', () => {
		expect(read('全市已有87%的乡镇建立青年之家，共开展活动1200场。', '通报')).toMatchObject([
			{ kind: 'achievement', phrase: '87%' },
			{ kind: 'achievement', phrase: '1200场' },
		]);
	});

	test('已 and 累计 mark results in any document', () => {
		expect(read('目前已建成青年之家15家。', '通知')).toMatchObject([{ kind: 'achievement', phrase: '15家' }]);
	});

	test('a count of the items listed is not a target', () => {
		expect(read('要牢牢把握政治性、先进性、群众性三个原则。', '通知')).toEqual([]);
	});

	test('an article (一项任务) and an elapsed time (八年来) are not numbers', () => {
		expect(read('这是一项长期任务，八年来我们一直坚持。', '讲话')).toEqual([]);
	});

	test('a date is not a deadline number', () => {
		expect(read('请各单位于9月30日前将报名表报送团市委。', '通知')).toEqual([]);
	});
});
