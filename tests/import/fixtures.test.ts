/**
 * The importer on its fixture sources, one per input kind and numbering scheme, each written for
 * these tests. Every case checks its outline and metadata here, and the whole draft (metadata,
 * left-out lines, outline, warnings, MDX) against the expected files beside the input, which
 * are regenerated only on purpose:
 *
 *   UPDATE_FIXTURES=1 npx vitest run tests/import/fixtures.test.ts
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatWarning, outlineRows } from '../../src/import/review.ts';
import { generatedInputs } from '../fixtures/import/build-sources.ts';
import { fixtures, messages, rows, runFixture } from './helpers.ts';

const update = process.env['UPDATE_FIXTURES'] === '1';
const cases = readdirSync(fixtures, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => ({ name: d.name, input: `${d.name}/${readdirSync(`${fixtures}${d.name}`).find((f) => f.startsWith('input.'))!}` }));

describe('every fixture drafts as expected', () => {
	test('the binary inputs are what their readable sources generate', () => {
		for (const [path, bytes] of Object.entries(generatedInputs()))
			expect(Buffer.from(readFileSync(`${fixtures}${path}`)).equals(Buffer.from(bytes)), path).toBe(true);
	});

	test.each(cases)('$name: the draft passes the verbatim check and would build', ({ input }) => {
		const result = runFixture(input);
		expect(result.check.problems).toEqual([]);
		expect(result.check.verbatim.missing).toEqual([]);
		expect(result.check.verbatim.invented).toEqual([]);
	});

	test.each(cases)('$name: matches expected.txt and expected.mdx', ({ name, input }) => {
		const result = runFixture(input);
		const report = [
			JSON.stringify(result.meta, null, '\t'),
			'',
			'left out:',
			...result.omitted.map((o) => `  ${o.line} 〔${o.reason}〕 ${o.text}`),
			'',
			'outline:',
			...outlineRows(result.clauses),
			'',
			'warnings:',
			...result.warnings.map((w) => formatWarning(input, w)),
			'',
		].join('\n');
		for (const [file, actual] of [
			['expected.txt', report],
			['expected.mdx', result.mdx],
		] as const) {
			const path = `${fixtures}${name}/${file}`;
			if (update || !existsSync(path)) writeFileSync(path, actual);
			expect(actual, `${name}/${file} (UPDATE_FIXTURES=1 to accept a change)`).toBe(readFileSync(path, 'utf8'));
		}
	});
});

describe('a GB18030 web page: a notice with breadcrumbs and a share bar', () => {
	const result = runFixture('web-notice/input.html');

	test('is read as GB18030 HTML, its furniture left out and recorded with reasons', () => {
		expect(result.decoded).toMatchObject({ kind: 'html', encoding: 'GB18030' });
		const reasons = new Map(result.omitted.map((o) => [o.text, o.reason]));
		expect(reasons.get('当前位置：首页 > 通知公告 > 正文')).toBe('面包屑导航');
		expect(reasons.get('分享到：微信 微博 QQ空间')).toBe('分享栏');
		expect(reasons.get('字号：大 中 小\u3000【打印本页】【关闭窗口】')).toBe('字号、打印、关闭等网页按钮');
		expect(reasons.get('（责任编辑：王晓）')).toBe('网站编辑署名');
		expect(reasons.get('上一篇：青禾市召开2025年共青团工作会议')).toBe('上一篇/下一篇链接');
		expect(reasons.get('首页 | 机构设置 | 通知公告 | 青年之声')).toBe('网页页眉（标题之前的导航、栏目名等）');
		expect([...reasons.keys()].some((t) => t.includes('隐藏的统计代码') || t.includes('统计'))).toBe(false);
	});

	test('drafts the stated metadata, and the page date as the page date', () => {
		expect(result.meta).toMatchObject({
			title: '共青团青禾市委关于开展2025年度团支部规范化建设评议工作的通知',
			genre: '通知',
			docNumber: '青团发〔2025〕7号',
			addressee: '各县（区）团委，市直各单位团组织',
			issuer: { name: '共青团青禾市委', basis: 'stated' },
			level: '市',
			date: { value: '2025-03-12', precision: 'day' },
			published: '2025-03-14',
			site: '青禾共青团',
			url: 'https://tuan.qinghe.example/tzgg/2025/0314/1234.html',
			attachments: ['团支部规范化建设评议表'],
		});
	});

	test('outlines 一、（一）1. as printed, with the contact lines and the 落款 closing', () => {
		expect(rows(result.clauses)).toEqual([
			'preamble «青团发〔2025»',
			'一、 评议范围',
			'二、 评议内容',
			'  （一） 组织设置。',
			'  （二） 组织生活。',
			'    1. «每月至少召开一次»',
			'    2. «每季度至少上一次»',
			'    3. «每年开展一次团员»',
			'  （三） 基础团务。',
			'三、 工作安排',
			'  （一） 自评阶段（3月20日—4月15日）。',
			'  （二） 复核阶段（4月16日—5月10日）。',
			'四、 有关要求',
			'closing «联系人：李明，电»',
		]);
	});
});

describe('a 细则 in GBK: 第X章/第X节/第X条, full-width digits, a line broken mid-sentence', () => {
	const result = runFixture('xize-rules/input.txt');

	test('drafts title and 文种; states no issuer or date it does not have', () => {
		expect(result.decoded.encoding).toBe('GB18030');
		expect(result.meta).toMatchObject({
			title: '云岭县共青团基层组织建设工作实施细则',
			genre: '实施细则',
			issuer: { name: null, basis: 'unknown' },
			docNumber: null,
		});
		expect(result.meta.date).toEqual({ value: null, precision: 'unknown', basis: '原文未注明成文日期。' });
	});

	test('nests 条 under 节 under 章, and １．２．３． under their 条, numbers as printed', () => {
		expect(rows(result.clauses)).toEqual([
			'第一章 总则',
			'  第一条 «为加强和规范本县»',
			'  第二条 «本细则适用于县内»',
			'第二章 组织设置',
			'  第一节 团支部',
			'    第三条 «团支部的设置应当»',
			'      １． «有团员三人以上的»',
			'      ２． «团员不足三人的，»',
			'      ３． «团员人数较多的，»',
			'    第四条 «团支部委员会由团»',
			'  第二节 团总支和基层团委',
			'    第五条 «团员人数在五十人»',
			'第三章 组织生活',
			'  第六条 «团支部应当落实“»',
			'  第七条 «团支部开展组织生»',
			'第四章 附则',
			'  第八条 «本细则由共青团云»',
			'  第九条 «本细则自印发之日»',
		]);
		const article = result.clauses[0]!.blocks.flatMap((b) => (b.kind === 'clause' ? [b.clause] : []))[0]!;
		expect(article.n).toBe('第一条　');
	});

	test('joins the line broken mid-sentence to its 条 and says so', () => {
		const fourth = JSON.stringify(result.clauses).includes('团支部书记一般应当由不超过二十八周岁的团员担任。');
		expect(fourth).toBe(true);
		expect(messages(result)).toContain('17 1 line(s) broken mid-sentence joined to the line before (lines 17)');
	});
});

describe('a Word file with automatic numbering', () => {
	const result = runFixture('docx-plan/input.docx');

	test('restores the labels 一、（一）1. from numbering.xml, restarting 1. under each （一）', () => {
		expect(rows(result.clauses)).toEqual([
			'preamble «为进一步壮大青年»',
			'一、 总体目标',
			'二、 主要任务',
			'  （一） 壮大志愿者队伍。',
			'    1. «各高校每年新招募»',
			'    2. «各社区每年组织一»',
			'  （二） 完善服务阵地。',
			'    1. «每个服务站配备一»',
			'三、 保障措施',
			'  （一） 加强组织领导。',
			'closing «共青团青禾市委2»',
		]);
		expect(result.decoded.notes).toEqual([
			"9 numbers restored from Word's automatic numbering (numbering.xml), printed as Word prints them",
			'2 bulleted paragraphs: bullets are not numbers, so they are left out of the text',
		]);
	});

	test('drafts title, 文种 and the 落款 issuer and date', () => {
		expect(result.meta).toMatchObject({
			title: '青禾市青年志愿服务提升行动方案',
			genre: '方案',
			issuer: { name: '共青团青禾市委', basis: 'stated', note: '落款' },
			date: { value: '2025-05-06', precision: 'day' },
		});
	});
});

describe('a plan sent with a notice, with 附件', () => {
	const result = runFixture('plan-attachments/input.txt');

	test('drafts 发文字号, 主送机关, two issuers and the 附件 list', () => {
		expect(result.meta).toMatchObject({
			title: '关于印发《青禾市“青春护苗”行动实施方案》的通知',
			genre: '通知',
			docNumber: '青团联〔2025〕3号',
			addressee: '各县（区）团委、教育局',
			issuer: { name: '共青团青禾市委　青禾市教育局', basis: 'stated' },
			date: { value: '2025-06-03', precision: 'day' },
			attachments: ['青禾市“青春护苗”行动实施方案', '重点任务分工表'],
		});
	});

	test('makes each 附件 a top-level part, its numbering (1.（1）① and 01–99) started afresh', () => {
		expect(rows(result.clauses)).toEqual([
			'preamble «青团联〔2025»',
			'closing «附件：1.青禾市»',
			'附件1 青禾市“青春护苗”行动实施方案',
			'  一、 工作目标',
			'  二、 重点任务',
			'    （一） 开展普法宣传。',
			'      1. 组织法治课堂进校园。',
			'        （1） «每学期至少开展一»',
			'        （2） «覆盖全部中小学校»',
			'      2. 开展主题团日。',
			'        ① «模拟法庭；»',
			'        ② «法律知识竞赛。»',
			'    （二） 建立关爱机制。',
			'  三、 组织保障',
			'附件2 重点任务分工表',
			'  01 法治课堂进校园',
			'  02 主题团日',
			'  03 关爱帮扶',
		]);
	});
});

describe('a speech in UTF-16 with 一是/二是, 第一，/第二，, 一要/二要', () => {
	const result = runFixture('speech/input.txt');

	test('drafts 讲话 and the date printed under the title; no issuer is guessed', () => {
		expect(result.decoded.encoding).toBe('UTF-16LE');
		expect(result.meta).toMatchObject({
			title: '在全市青年创新创业工作座谈会上的讲话',
			genre: '讲话',
			addressee: null,
			issuer: { name: null, basis: 'unknown' },
			date: { value: '2025-04-18', precision: 'day', basis: '标题下注明的日期：（2025年4月18日）。' },
		});
	});

	test('splits the run-in lists out of their paragraphs, titled by their first sentence where it is one', () => {
		expect(rows(result.clauses)).toEqual([
			'preamble «（2025年4月»',
			'一、 充分认识做好青年创新创业工作的重要意义',
			'  一是 创新创业是青年成长的重要途径。',
			'  二是 创新创业是产业升级的重要力量。',
			'  三是 创新创业是扩大就业的重要渠道。',
			'二、 准确把握当前工作的重点任务',
			'  第一， «搭建平台。要建好»',
			'  第二， «优化服务。要把政»',
			'  第三， «强化激励。要办好»',
			'三、 切实加强组织领导',
			'  一要 «压实责任，主要负»',
			'  二要 «密切协作，主动对»',
			'  三要 «营造氛围，讲好青»',
			'closing «同志们，青年创新»',
		]);
	});
});
