/**
 * The words that make a number a requirement, and the words that make it a result. They are the
 * vocabulary a policy analyst reads a clause by, kept in one place so the rules in classify.ts
 * read as rules and new wordings are added here.
 */
import type { genres } from '../schemas/document.ts';
import type { Period } from './types.ts';

/** Words before a number that set a floor: 至少1次, 不少于2万元, 达到90%. */
export const AT_LEAST = /(?:至少|最少|不少于|不低于|不得少于|不得低于|不小于|达到|提高到|提升到)/g;
/** Words before a number that set a ceiling: 不超过3人, 控制在…以内. */
export const AT_MOST = /(?:不超过|不得超过|不高于|不多于|最多|至多|控制在)/g;
/** 达 directly before a number sets a floor too (覆盖率达95%); elsewhere 达 is too common a character. */
export const AT_LEAST_ADJACENT = /达$/;
/** Words after a quantity: 90%以上, 28周岁以下, 3个月内. */
export const AFTER = /^(?:及以上|以上|及以下|以下|以内|之内|内)/;
/** 为 directly before a number gives its exact value (挂职时间为两年); 一般, 原则上 may stand between. */
export const COPULA = /为(?:一般|原则上)?$/;

/**
 * Obligation: 要, 应当, 必须, 确保, 力争 (a target), 不得. 要 inside 主要, 重要, 需要, 要求, 要点
 * is not one.
 */
export const OBLIGATION = /(?<![主重需必只纲摘提概])要(?![求点素件闻害务])|应当|应该|应(?![用对急届])|必须|须(?!知)|需(?!求|要)|务必|确保|力争|不得|严禁/;

/** Statements that something was done: 已完成, 共发展, 累计达, 覆盖540名, 开设了, 增长了 (完成 alone also says what is to be done). */
export const ACHIEVED =
	/已经?|累计|荣获|共(?=[发开举召培组吸选计有0-9一二三四五六七八九十两])|覆盖(?!面|率)|(?:开展|召开|举办|开设|发展|选配|组织|建立|实现|达到|新建|培训|完成|增长|提高|增加)了|参与人数达/;

/** 每人, 每名, 每个团支部: a quota for each unit. */
export const PER_HEAD = /每(?:人|名|位|个(?!月)|家|所|村|校|单位|支部|团支部)/;

const PERIOD_WORDS: [RegExp, Period][] = [
	[/每半年/g, '每半年'],
	[/每(?:个)?季度/g, '每季度'],
	[/每(?:个)?月/g, '每月'],
	[/每(?:学)?年/g, '每年'],
	[/每(?:周|星期)/g, '每周'],
	[/每(?:天|日)/g, '每日'],
	[/每学期/g, '每学期'],
	[/年内|年度内|全年|年底前/g, '年内'],
];

/** The period the words before a number state (每年 至少1次; 每月开展活动不少于3次), the nearest one. */
export function periodBefore(text: string): Period | null {
	let best: { at: number; period: Period } | null = null;
	for (const [pattern, period] of PERIOD_WORDS) {
		for (const m of text.matchAll(pattern)) if (best === null || m.index > best.at) best = { at: m.index, period };
	}
	return best?.period ?? null;
}

/**
 * How a 文种 states its numbers: a report or summary states results (its figures are
 * achievements unless obligation words frame them); a plan, notice or rule prescribes (a plain
 * statement such as 挂职时间为两年 is a requirement); a speech or comment exhorts (a number is a
 * requirement only when bounded, periodic or obliged). A 文种 not listed exhorts.
 */
export const GENRE_VOICE: Partial<Record<(typeof genres)[number], 'reports' | 'prescribes' | 'exhorts'>> = {
	工作总结: 'reports',
	工作报告: 'reports',
	报告: 'reports',
	总结: 'reports',
	通报: 'reports',
	通知: 'prescribes',
	实施方案: 'prescribes',
	意见: 'prescribes',
	办法: 'prescribes',
	细则: 'prescribes',
	实施细则: 'prescribes',
	规定: 'prescribes',
	决定: 'prescribes',
	决议: 'prescribes',
	方案: 'prescribes',
	工作方案: 'prescribes',
	规划: 'prescribes',
	计划: 'prescribes',
	工作要点: 'prescribes',
	要点: 'prescribes',
	条例: 'prescribes',
	规则: 'prescribes',
	公告: 'prescribes',
	通告: 'prescribes',
	批复: 'prescribes',
	纪要: 'prescribes',
	讲话: 'exhorts',
	评论: 'exhorts',
	倡议书: 'exhorts',
};

/** How a document of this 文种 states its numbers (exhorts when the 文种 is not listed). */
export function voiceOf(genre: string): 'reports' | 'prescribes' | 'exhorts' {
	return (GENRE_VOICE as Record<string, 'reports' | 'prescribes' | 'exhorts' | undefined>)[genre] ?? 'exhorts';
}
