/**
 * Questions as cadres ask them ("团干部出现空缺多久要补齐", "外卖骑手能不能建团"): the question words
 * are not words of the policy, so they are taken out of the query, and what they ask for (a
 * time, a count, an amount, a share, an age) becomes the shape of the answer the ranking looks
 * for in a clause: a clause that states "3个月内" answers 多久, one that states "2万元" answers
 * 多少钱. Modal forms (能不能, 是否, 可以, 要不要, …) are dropped, so the substance is matched.
 * Pure, and shared by the search page for served and from-disk search alike.
 */

/** What a question asks for, and so what its answer looks like in a clause. */
export const answerKinds = ['time', 'times', 'people', 'things', 'money', 'share', 'age', 'number'] as const;
export type AnswerKind = (typeof answerKinds)[number];

/** A query read as a question. */
export interface QuestionForm {
	/** the query without its question words, modal forms and particles (line breaks where they were) */
	content: string;
	/** what the answer looks like, when the query asks for a time or a quantity */
	answer: AnswerKind | null;
	/** the question words and forms taken out, as typed */
	asked: string[];
}

const N = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万半几]+)';

/** What each kind of answer looks like in folded clause text. */
const ANSWERS: Record<AnswerKind, RegExp> = {
	// durations, deadlines and frequencies: 3个月内, 两年, 每年, 每半年, 按月, 8月14日前, 年内 (not a year such as 2023年)
	time: new RegExp(
		`\\d+月\\d+日前?|(?:(?<![\\d.])\\d{1,3}|[一二两三四五六七八九十百千万半几]+)(?:个)?(?:年|个月|月|周|天|日|小时|学期|季度)(?:内|以内|之内|前|后|以上)?|每(?:年|月|季度?|半年|学期|周|天|届|期)|按(?:年|月|季度?|期)|年内|年底前?|月底前?`,
		'gu',
	),
	// how many times: 1次, 一次, 3场, and how often
	times: new RegExp(`${N}(?:次|场|期|轮|回)|每(?:年|月|季度?|半年|学期|周)`, 'gu'),
	// how many people: 303名, 两名, 700余人次
	people: new RegExp(`${N}(?:余|多)?(?:名|人次|人|位)`, 'gu'),
	// how many things: 1个, 2家, 15项, 30多个
	things: new RegExp(`${N}(?:余|多)?(?:个|家|所|项|条|类|批|支)`, 'gu'),
	// how much money: 2万元
	money: new RegExp(`${N}(?:万|亿|千)?元`, 'gu'),
	// what share: 90%, 百分之五十, 10%
	share: /\d+(?:\.\d+)?[%‰]|百分之[一二两三四五六七八九十百]+/gu,
	// how old: 28周岁
	age: new RegExp(`${N}周?岁`, 'gu'),
	// any quantity
	number: new RegExp(
		`\\d+(?:\\.\\d+)?(?:[%‰]|万元|元|名|人次|人|个|次|场|家|所|项|条|类|批|期|年|个月|月|天|周岁|岁|分)?|[一二两三四五六七八九十百千万]+(?:余|多)?(?:个|名|人|次|场|家|所|项|条|类|批|期|位)`,
		'gu',
	),
};

/** Every place in a folded text where an answer of this kind is stated, as [start, length]. */
export function answerSpans(text: string, kind: AnswerKind): [number, number][] {
	return [...text.matchAll(ANSWERS[kind])].map((m) => [m.index, m[0].length]);
}

interface Rule {
	/** the question form, in folded text */
	form: RegExp;
	/** what it asks for; null for a form that only asks whether or how */
	asks: AnswerKind | null;
}

/** Question forms, most specific first. A unit after 几 or 多少 says what is counted; 这几年, 近几年 ask nothing. */
const RULES: Rule[] = [
	{
		form: /多长时间|多少时间|多久|多长|什么时候|什么时间|何时|几时|哪天|哪一天|哪年|哪个月|(?:(?<![这近前后头好])几|多少)(?:个)?(?:年|月|周|天|日|学期)/gu,
		asks: 'time',
	},
	{ form: /(?:(?<![这近前后头好])几|多少)(?:次|场|期|轮|回)/gu, asks: 'times' },
	{ form: /多少(?=钱|经费|资金|预算)|几块(?=钱)/gu, asks: 'money' },
	{ form: /(?:(?<![这近前后头好])几|多少)(?:周岁|岁)|多大(?:年龄|年纪|岁数)?/gu, asks: 'age' },
	{ form: /百分之几|几成|(?:占|是)?多少(?:比例|比重)/gu, asks: 'share' },
	{ form: /(?:(?<![这近前后头好])几|多少)(?:个人|名|位|人次|人)/gu, asks: 'people' },
	{ form: /(?:(?<![这近前后头好])几|多少)(?:个|家|所|项|条|类|批|支)/gu, asks: 'things' },
	{ form: /多少|(?<![这近前后头好])几(?=[\p{Script=Han}])/gu, asks: 'number' },
	// whether: 能不能, 可不可以, 要不要, 需不需要, 应不应该, 是不是, 有没有, 会不会
	{ form: /([能可会要需应该是行准])[不没]\1[以要该够]?|有没有|能否|可否|是否|可以|能够|需要|应该|应当|必须|允许/gu, asks: null },
	// how, what, who, where
	{ form: /怎么办|怎么样|怎么|怎样|如何|咋办|咋样|什么样|什么|哪些|哪个|哪里|哪儿|哪一级|哪级|谁/gu, asks: null },
	// particles that end a question
	{ form: /[吗呢吧啊呀么]+(?=[?？\s]|$)/gu, asks: null },
];

/** Words that hedge a question: 一般, 通常, 大概, 具体, 到底, 究竟, 请问, 平时, 这几年. */
const HEDGES = /一般|通常|大概|大约|具体|到底|究竟|请问|平时|现在|目前|[这近前]几年|这些年/gu;

/** Words of a share: a question about these asks for a share even when it only says 多少. */
const SHARE_WORDS = /比例|占比|比重|分值|率/u;

/** Reads a (folded) query as a question: its content, and what its answer looks like. A query with no question form comes back as it was. */
export function questionForm(query: string): QuestionForm {
	let content = query;
	const kinds: AnswerKind[] = [];
	const asked: string[] = [];
	for (const { form, asks } of RULES) {
		content = content.replace(form, (found) => {
			asked.push(found);
			if (asks) kinds.push(asks);
			return '\n';
		});
	}
	let answer = kinds[0] ?? null;
	if (answer === 'number' && SHARE_WORDS.test(content)) answer = 'share';
	// "多久…一次" asks how often: the 一次 belongs to the question.
	if (answer === 'time' || answer === 'times') content = content.replace(/[一1]次(?!性)/gu, '\n');
	// In a question, hedges (一般, 通常, 具体, …) soften the asking and say nothing of the substance.
	if (asked.length > 0) content = content.replace(HEDGES, '\n');
	return { content, answer, asked };
}
