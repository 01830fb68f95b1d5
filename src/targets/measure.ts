/**
 * What a number constrains and whom the sentence binds, in the sentence's own words. A measure
 * is read from the words around the quantity, within its comma-separated part:
 * - a noun before a bound or 为 (团干部配备率、在岗率达到90%; 挂职干部时间为两年) is the measure;
 * - otherwise the thing counted after the number, with a short verb before it (听取1次共青团工作汇报,
 *   上1次党课, 对基层团建工作进行一次摸底);
 * - otherwise the action before a number that ends the part (实地调研1次).
 * Measures are grouped into families (配备率、在岗率; 工作经费; 谈心谈话) so that the same measure
 * in different documents sits together in the table.
 */
import { ACHIEVED, AT_LEAST, AT_MOST, OBLIGATION } from './cues.ts';
import { clauseSpan } from './classify.ts';
import type { FoundQuantity } from './quantities.ts';

const PERIODS = /在?(?:每(?:半年|个?季度|个?月|学?年|周|星期|天|日|学期)|年内|年度内|全年|年底前)/g;
const QUOTA = /每(?:人|名|位|个(?!月)|家|所|村|校|单位|支部|团支部)/g;
const GENERIC = /^(?:目标|要求|标准|水平|任务)$/;
const LEADING =
	/^(?:[、]|在?今年|并且?|且|和|及|同时|要|应当|应该|应|须|必须|需|务必|确保|力争|实现|推动|使|落实|保证|原则上|一般|共|累计|已经?|各类|各级|各|全县|全市|[0-9]{4}年(?:度)?)/;
const TRAILING = /(?:一般|原则上|分别|为|在|于|按|达|控制在|不得|已经?)$/;
const LIGHT_VERB = /(?:进行|开展)$/;
const VERB = /(?:新建或联系|听取|召开|举办|开设|组织|联系|确定|新建|参加|走访|完成|选派|配备|发展|覆盖|上)$/;
const ACTOR =
	/(?:党委|党组|\(党组\)|（党组）|党组织|团委|团组织|团支部|党支部|部门|同志|成员|代表|书记|常委|委员|单位|学校|企业|团工委|机关|县\(区\)|县（区）|县区|区县|县级|乡镇|街道|负责人)$/;
const SUBJECT_END = new RegExp(`${OBLIGATION.source}|每|在|将|把|对|作为|担任|结合|按照|根据|围绕|通过`);

/** Measure families: the terms that make two measures the same for grouping. The first that matches names the family. */
export const FAMILIES: [string, RegExp][] = [
	['配备率、在岗率', /配备率|在岗率/],
	['建团率、覆盖率', /建团率|覆盖率/],
	['参与率', /参与率/],
	['干部比例', /比例/],
	['工作经费', /经费/],
	['考核分值', /分值/],
	['谈心谈话', /谈心谈话/],
	['听取汇报', /汇报/],
	['联席会议', /联席会议/],
	['调研摸底', /调研|摸底/],
	['述职', /述职/],
	['座谈会', /座谈会/],
	['党课', /党课/],
	['培训', /培训|班次/],
	['联系点', /联系点|联系.*(?:团支部|团组织)/],
	['青年社团', /社团/],
	['阵地活动', /青年之家|阵地/],
	['任职时间', /挂职|任职|时间/],
	['配齐时限', /配齐|空缺/],
	['年龄', /年龄/],
	['团员发展', /发展团员|团员发展/],
	['宣讲', /宣讲/],
];

/** The family a measure belongs to: the first family whose terms it contains, else the measure itself. */
export function familyOf(measure: string): string {
	return FAMILIES.find(([, pattern]) => pattern.test(measure))?.[0] ?? measure;
}

function clean(text: string): string {
	// The actor and the obligation word come before what is measured (各企业团委应…; 把配备率提高到…).
	let out = (text.split(OBLIGATION).at(-1) ?? '')
		.replace(/^.*把/, '')
		.replace(PERIODS, '')
		.replace(QUOTA, '')
		.replace(AT_LEAST, '')
		.replace(AT_MOST, '')
		.replace(/[“”「」]$/, '');
	for (let before = ''; before !== out;) {
		before = out;
		out = out.replace(LEADING, '').replace(TRAILING, '').trim();
	}
	return out;
}

/** The head of a long noun phrase: what follows its last 的 or 中 (县域内…的非公企业建团率 → 非公企业建团率). */
function head(noun: string): string {
	let at = -1;
	let quoted = false;
	for (let i = 0; i < noun.length; i++) {
		const c = noun[i]!;
		if (c === '“' || c === '《') quoted = true;
		else if (c === '”' || c === '》') quoted = false;
		else if (!quoted && (c === '的' || c === '中')) at = i;
	}
	return at >= 0 && noun.length - at > 2 ? noun.slice(at + 1) : noun;
}

/** What a quantity constrains, in the sentence's words; `subject` is removed from the front. */
export function measureOf(sentence: string, q: FoundQuantity, all: readonly FoundQuantity[], subject: string | null): string {
	const [clauseStart, clauseEnd] = clauseSpan(sentence, q.start);
	// The words since the previous number of the part (a period such as 每五年 is read through).
	const previous = all.filter((o) => !o.every && o.end <= q.start && o.start >= clauseStart).at(-1);
	let left = sentence.slice(previous?.end ?? clauseStart, q.start);
	for (const o of all) if (o.every && o.start >= (previous?.end ?? clauseStart) && o.end <= q.start) left = left.replace(o.phrase, '');
	if (subject !== null && left.startsWith(subject)) left = left.slice(subject.length);
	// 不少于, 达到, 为 follow the measure (经费每年不少于2万元); 至少 and 最多 go before a verb and its object (至少听取1次汇报).
	const bounded = /(?:不少于|不低于|不得少于|不得低于|不小于|达到|达|提高到|提升到|为|不超过|不得超过|不高于|不多于|控制在)(?:一般|原则上)?$/.test(left);
	const noun = clean(left);
	const age = q.unit === '周岁' || q.unit === '岁';
	let measure: string;
	if (bounded && noun !== '') measure = head(noun);
	else {
		const next = all.find((o) => o.start >= q.end && o.start < clauseEnd);
		let object = sentence
			.slice(q.end, next?.start ?? clauseEnd)
			.replace(/^(?:及以上|以上|及以下|以下|以内|之内|内)/, '')
			.replace(/(?:及)?以[上下内]的?/g, '')
			.replace(/^的/, '');
		// 宣讲30余场、…: the list item ends at the number.
		if (object.startsWith('、')) object = '';
		const role = object.indexOf('作为');
		if (role > 0) object = object.slice(role + 2);
		object = object
			.split(OBLIGATION)[0]!
			.split(ACHIEVED)[0]!
			.replace(/一般$|[、。；;！？!]+$/g, '');
		// 在岗率100%的目标: a generic noun after the number leaves the measure before it.
		if (object === '' || GENERIC.test(object)) measure = head(noun);
		else {
			const target = /^对(.+)进行$/.exec(noun);
			// A short object (工作) needs all the words before it; a long one only its verb.
			const verb = target ? target[1]! : LIGHT_VERB.test(noun) ? '' : noun.length <= 6 || object.length <= 2 ? noun : (VERB.exec(noun)?.[0] ?? '');
			measure = `${verb}${object}`;
		}
	}
	// 在3个月内配齐: a time limit reads with the condition before it (团干部出现空缺时).
	if (measure.length <= 2) {
		const [prevStart] = clauseSpan(sentence, Math.max(0, clauseStart - 2));
		const condition = sentence.slice(prevStart, Math.max(prevStart, clauseStart - 1));
		if (condition.endsWith('时')) measure = `${condition}${measure}`;
	}
	if (age && !measure.endsWith('年龄')) measure = `${measure}年龄`;
	return measure || (q.unit ?? q.phrase);
}

/** What the quantity of a period-only requirement (每半年要…进行述职) asks for: the action after the period. */
export function actionAfter(sentence: string, q: FoundQuantity): string {
	const [, clauseEnd] = clauseSpan(sentence, q.start);
	const rest = clean(sentence.slice(q.end, clauseEnd));
	const verb = /.*(?:进行|开展|召开|组织|举办)(.+)$/.exec(rest);
	return verb?.[1] ?? rest;
}

/**
 * Who a sentence binds, where it says: the actor before the obligation word, period or verb of
 * the part holding the quantity or of a part before it (各级党委(党组)要…, 县(区)每年至少…,
 * 各企业团委应在年内…). A list of actors split by commas is kept whole.
 */
export function subjectOf(sentence: string, at: number): string | null {
	const parts: { text: string; start: number }[] = [];
	for (let start = 0; start <= at;) {
		const [s, e] = clauseSpan(sentence, start);
		parts.push({ text: sentence.slice(s, Math.min(e, at)), start: s });
		start = e + 1;
	}
	for (let i = parts.length - 1; i >= 0; i--) {
		const { text } = parts[i]!;
		const cut = SUBJECT_END.exec(text);
		const prefix = (cut ? text.slice(0, cut.index) : text).trim();
		if (prefix !== '' && prefix.length <= 30 && !/[0-9]/.test(prefix) && ACTOR.test(prefix)) {
			let first = i;
			while (first > 0 && ACTOR.test(parts[first - 1]!.text) && !SUBJECT_END.test(parts[first - 1]!.text)) first--;
			return sentence.slice(parts[first]!.start, parts[i]!.start + prefix.length);
		}
		// 我们要…: the obligation names its own subject, and it is not an actor.
		if (prefix !== '' && cut && OBLIGATION.test(cut[0])) return null;
	}
	return null;
}
