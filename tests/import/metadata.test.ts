import { describe, expect, test } from 'vitest';
import { compileRules, stripBoilerplate, omittedEntries } from '../../src/import/boilerplate.ts';
import { genreOf, levelOf, readPrintedDate } from '../../src/import/metadata.ts';
import { messages, rules, run } from './helpers.ts';

const lines = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));

describe('leaving web-page furniture out, by the rules in content/boilerplate.yaml', () => {
	test('records every line it leaves out, with its rule’s reason and the fact it states', () => {
		const { kept, omitted } = stripBoilerplate(
			lines('欢迎访问青禾共青团！\n标题\n发布日期：2025年3月4日 来源：本站\n正文。\n【打印】【关闭】\n上一篇：某某'),
			rules,
		);
		expect(kept.map((l) => l.text)).toEqual(['标题', '正文。']);
		expect(omitted).toEqual([
			{ line: 1, text: '欢迎访问青禾共青团！', reason: '网站横幅', field: 'site', value: '青禾共青团' },
			{ line: 3, text: '发布日期：2025年3月4日 来源：本站', reason: '来源、发布时间、浏览次数等网页信息', field: 'published', value: '2025年3月4日' },
			{ line: 5, text: '【打印】【关闭】', reason: '字号、打印、关闭等网页按钮' },
			{ line: 6, text: '上一篇：某某', reason: '上一篇/下一篇链接' },
		]);
	});

	test('leaves out a related-articles tail, but never when a paragraph follows it', () => {
		const tail = stripBoilerplate(lines('标题\n正文。\n相关推荐\n某条新闻\n版权所有：某单位'), rules);
		expect(tail.omitted.map((o) => o.reason)).toEqual(['相关推荐', '相关推荐', '网站页脚']);
		const guarded = stripBoilerplate(lines(`标题\n相关推荐\n${'这是一段很长的政策正文，'.repeat(6)}必须保留。`), rules);
		expect(guarded.kept).toHaveLength(2);
	});

	test('leaves out an image caption repeated three times, and the title repeated, each text once in `omitted`', () => {
		const { omitted } = stripBoilerplate(lines('某县改革纪实\n图为活动现场\n正文一。\n图为活动现场\n正文二。\n图为活动现场\n某县改革纪实某县改革纪实'), rules);
		expect(omittedEntries(omitted)).toEqual([
			{ text: '图为活动现场', reason: '重复出现的图片说明（共3处）' },
			{ text: '某县改革纪实某县改革纪实', reason: '标题在网页中重复出现（保留一次）' },
		]);
	});

	test('refuses a rules file with a bad pattern, naming the file, the rule and the pattern', () => {
		const data = {
			rules: [{ reason: '坏', pattern: '(' }],
			fields: [],
			restGuard: 60,
			repeated: { minCount: 3, maxLength: 9, reason: 'r' },
			titleRepeat: { reason: 't' },
			headline: { reason: 'h' },
			aboveTitle: { page: 'p', document: 'd' },
		};
		expect(() => compileRules('content/boilerplate.yaml', data)).toThrow(/^content\/boilerplate\.yaml: rules\.0: pattern "\(" is not a regular expression/);
		expect(() => compileRules('content/boilerplate.yaml', { ...data, rules: [{ reason: '', pattern: 'x' }] })).toThrow(
			/^content\/boilerplate\.yaml: rules\.0\.reason: /,
		);
	});
});

describe('drafting metadata from what the text states, never guessing', () => {
	test('文种 is the title’s last word, brackets and a quoted title aside', () => {
		expect(
			[
				'关于印发《某某办法》的通知',
				'某市加强团建工作的实施意见',
				'某县共青团工作实施细则',
				'金某出台《关于某事的实施方案》(配套文件)',
				'某单位2024年度工作总结',
				'团结奋斗 再创佳绩',
				null,
			].map(genreOf),
		).toEqual(['通知', '意见', '实施细则', '实施方案', '工作总结', '未知', '未知']);
	});

	test('a date as printed, in Arabic or Chinese numerals, to the day or the month', () => {
		expect(readPrintedDate('2025年3月7日')).toEqual({ value: '2025-03-07', precision: 'day' });
		expect(readPrintedDate('二〇一五年七月二十日')).toEqual({ value: '2015-07-20', precision: 'day' });
		expect(readPrintedDate('（2024年11月）')).toEqual({ value: '2024-11', precision: 'month' });
		expect(readPrintedDate('2025年2月30日')).toBeNull();
		expect(readPrintedDate('2025年3月7日上午')).toBeNull();
	});

	test('the level is read from the issuer’s stated name', () => {
		expect(['共青团中央', '共青团某省委', '中共某市委组织部', '共青团某县委', '某市第一中学团委', '某集团公司团委', '某研究会', null].map(levelOf)).toEqual([
			'中央',
			'省',
			'市',
			'县',
			'学校',
			'企业',
			'未知',
			'未知',
		]);
	});

	test('the issuer from the title when there is no 落款', () => {
		const result = run('t.txt', '共青团某市委 某市教育局关于开展主题活动的通知\n各学校：\n正文。');
		expect(result.meta.issuer).toEqual({ name: '共青团某市委、某市教育局', basis: 'stated', note: '标题中的发文机关' });
		expect(result.meta.addressee).toBe('各学校');
	});

	test('a 版头 above the title is left out as such, its 发文字号 drafted', () => {
		const result = run('t.txt', '共青团某市委员会文件\n某团发〔2024〕12号\n关于某事的通知\n各团委：\n一、要求\n正文。');
		expect(result.meta.docNumber).toBe('某团发〔2024〕12号');
		expect(result.omitted.map((o) => [o.text, o.reason])).toEqual([
			['共青团某市委员会文件', '版头（标题之前）'],
			['某团发〔2024〕12号', '版头（标题之前）'],
		]);
		expect(result.check.verbatim.missing).toEqual([]);
	});

	test('a title broken over two lines is one title', () => {
		expect(run('t.txt', '共青团某市委关于印发\n《某某工作办法》的通知\n各团委：\n正文。').meta.title).toBe('共青团某市委关于印发《某某工作办法》的通知');
	});

	test('a web page’s headline above the document’s own title is kept as the headline, and its line left out once', () => {
		const result = run('p.txt', '在全市某工作会议上讲话\n在全市某工作会议上的讲话\n同志们：\n正文。');
		expect(result.meta).toMatchObject({ title: '在全市某工作会议上的讲话', headline: '在全市某工作会议上讲话' });
		expect(result.omitted).toEqual([{ line: 1, text: '在全市某工作会议上讲话', reason: '网页所加标题（保留一次，见“网页标题”）' }]);
	});

	test('says when it finds no title, and no 文种', () => {
		const none = run('n.txt', '各团委：\n现将有关事项通知如下。\n一、要求\n正文。');
		expect(none.meta.title).toBeNull();
		expect(messages(none)).toContain('- no title line found: write the title into `title` and set titleSource: editorial');
		expect(none.mdx).toContain('title: （标题待补）\ntitleSource: editorial');
		const noGenre = run('g.txt', '团结奋斗 再创佳绩\n正文。');
		expect(messages(noGenre)).toContain('1 文种 not found in the title\'s last word ("团结奋斗 再创佳绩"): set genre');
	});
});
