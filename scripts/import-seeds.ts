/**
 * One-shot importer: drafts content/documents/*.mdx from the raw source texts in
 * content/sources/. It was run once to create the library; afterwards the MDX files are the
 * source of truth (editors own topics, relations and ids), so it refuses to overwrite a
 * document unless given --force.
 *
 *   node scripts/import-seeds.ts [--force]
 *
 * What it does, per document: drops the recorded web-page boilerplate (and writes it into the
 * document's `omitted` list), splits the body into clauses by the numbering printed in the
 * source (一、 01 1. 一是 一要 第一，), nests them, gives each clause a fresh id, and drafts
 * topics by keyword. Clause ids are random-looking on purpose: they are written once and never
 * derived again, so renumbering a clause can never change its link.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDocuments, type SeedDocument } from './seed-documents.ts';

const root = new URL('..', import.meta.url).pathname;
const sourcesDir = join(root, 'content/sources');
const documentsDir = join(root, 'content/documents');

type MarkerKind = SeedDocument['markers'][number];

interface Marker {
	kind: MarkerKind;
	/** the number exactly as printed, e.g. "一、", "01", "1.", "一是" */
	printed: string;
	ordinal: number;
	rank: number;
}

const HAN = '一二三四五六七八九十';
const markerPatterns: { kind: MarkerKind; re: RegExp; rank: number; inline: boolean }[] = [
	{ kind: 'han-dun', re: new RegExp(`^([${HAN}]+)、`), rank: 1, inline: true },
	{ kind: 'measure', re: /^(\d{2}) /, rank: 2, inline: false },
	{ kind: 'arabic-dot', re: /^(\d{1,2})[.．]/, rank: 3, inline: false },
	{ kind: 'han-shi', re: new RegExp(`^([${HAN}]+)是`), rank: 4, inline: true },
	{ kind: 'di-han', re: new RegExp(`^第([${HAN}]+)[，,]`), rank: 4, inline: true },
	{ kind: 'han-yao', re: new RegExp(`^([${HAN}]+)要`), rank: 5, inline: true },
];

function hanToNumber(s: string): number {
	if (/^\d+$/.test(s)) return Number(s);
	if (s === '十') return 10;
	if (s.startsWith('十')) return 10 + HAN.indexOf(s[1]!) + 1;
	if (s.endsWith('十')) return (HAN.indexOf(s[0]!) + 1) * 10;
	return HAN.indexOf(s[0]!) + 1;
}

function matchMarker(text: string, doc: SeedDocument): { marker: Marker; rest: string } | undefined {
	for (const p of markerPatterns) {
		if (!doc.markers.includes(p.kind)) continue;
		const m = p.re.exec(text);
		if (!m) continue;
		const printed = p.kind === 'measure' ? m[1]! : m[0]!.replace(/[，,]$/, (c) => c);
		return {
			marker: { kind: p.kind, printed, ordinal: hanToNumber(m[1]!), rank: p.rank },
			rest: text.slice(m[0]!.length),
		};
	}
	return undefined;
}

/** Splits a line where an inline-capable marker starts right after sentence punctuation. */
function splitInline(line: string, doc: SeedDocument): string[] {
	const kinds = markerPatterns.filter((p) => p.inline && doc.markers.includes(p.kind)).map((p) => p.kind);
	if (kinds.length === 0) return [line];
	const alternatives: string[] = [];
	if (kinds.includes('han-dun')) alternatives.push(`[${HAN}]+、`);
	if (kinds.includes('han-shi')) alternatives.push(`[${HAN}]+是`);
	if (kinds.includes('han-yao')) alternatives.push(`[${HAN}]+要`);
	if (kinds.includes('di-han')) alternatives.push(`第[${HAN}]+[，,]`);
	const re = new RegExp(`(?<=[。；;，,：:])(?=${alternatives.join('|')})`, 'g');
	return line.split(re).filter((s) => s.length > 0);
}

interface DraftClause {
	marker?: Marker;
	title?: string;
	role?: 'preamble' | 'closing';
	paragraphs: string[];
	children: DraftClause[];
	/** paragraphs that come after the children (kept in source order) */
	tail: string[];
	/** the title is the point's first sentence, not a heading line */
	leadTitle?: boolean;
	/** nesting rank: a clause closes open clauses of the same or a deeper rank */
	rank: number;
}

/** A point that is one sentence with nothing under it has text, not a title. */
function demoteLoneTitles(c: DraftClause): void {
	if (c.leadTitle && c.title && c.paragraphs.length === 0 && c.children.length === 0 && c.tail.length === 0) {
		c.paragraphs.push(c.title);
		delete c.title;
	}
	c.children.forEach(demoteLoneTitles);
}

/** Title of an inline-numbered point: its first sentence, when short and ending in 。 */
function leadTitle(rest: string): { title?: string; text: string } {
	const m = /^[^。；;！？!?]{1,40}。/.exec(rest);
	if (!m) return { text: rest };
	return { title: m[0], text: rest.slice(m[0].length) };
}

function buildTree(lines: string[], doc: SeedDocument): DraftClause[] {
	const top: DraftClause[] = [];
	const stack: DraftClause[] = [];
	let preamble: DraftClause | undefined;
	let closing: DraftClause | undefined;
	let inClosing = false;

	const addParagraph = (text: string) => {
		if (inClosing) {
			closing ??= { role: 'closing', paragraphs: [], children: [], tail: [], rank: 0 };
			closing.paragraphs.push(text);
			return;
		}
		const current = stack.at(-1);
		if (!current) {
			preamble ??= { role: 'preamble', paragraphs: [], children: [], tail: [], rank: 0 };
			preamble.paragraphs.push(text);
			return;
		}
		if (current.children.length > 0) current.tail.push(text);
		else current.paragraphs.push(text);
	};

	const open = (clause: DraftClause, rank: number) => {
		const m = clause.marker;
		clause.rank = rank;
		// Item k of a list closes everything up to and including its open item k-1.
		const previous = m ? stack.findLastIndex((t) => t.marker?.kind === m.kind && t.marker.ordinal === m.ordinal - 1) : -1;
		if (previous >= 0) stack.length = previous;
		else {
			while (stack.length > 0) {
				const t = stack.at(-1)!;
				// A "一是" right under an open "三是" starts a nested list, not a sibling.
				const nestsUnder = m && t.marker && t.marker.kind === m.kind && m.ordinal === 1 && t.marker.ordinal > 1;
				if (t.rank >= rank && !nestsUnder) stack.pop();
				else break;
			}
		}
		const parent = stack.at(-1);
		if (parent) parent.children.push(clause);
		else top.push(clause);
		stack.push(clause);
	};

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (doc.closingFrom && line.startsWith(doc.closingFrom)) {
			inClosing = true;
			stack.length = 0;
		}
		if (inClosing) {
			addParagraph(line);
			continue;
		}
		const heading = doc.headings?.find((h) => line === h.text || (h.lead && line.startsWith(h.text)));
		if (heading) {
			const clause: DraftClause = { title: heading.text, paragraphs: [], children: [], tail: [], rank: heading.rank };
			open(clause, heading.rank);
			const rest = line.slice(heading.text.length);
			for (const seg of splitInline(rest, doc)) handleSegment(seg, false);
			continue;
		}
		const segments = splitInline(line, doc);
		segments.forEach((seg, k) => handleSegment(seg, k === 0 && segments.length === 1, i));
	}

	function handleSegment(seg: string, wholeLine: boolean, lineIndex?: number) {
		const found = matchMarker(seg, doc);
		if (!found) {
			addParagraph(seg);
			return;
		}
		const { marker, rest } = found;
		let title: string | undefined;
		let text = rest;
		// A 一、 heading has no sentence punctuation, even when glued to the previous line.
		const isHeadingLine = !/[。；;！？!?]/.test(rest) && (wholeLine || marker.kind === 'han-dun');
		if (marker.kind === 'measure' || (isHeadingLine && marker.kind === 'han-dun')) {
			title = rest;
			text = '';
			// Section titles broken over two lines in the source are joined.
			if (doc.joinBrokenTitles && lineIndex !== undefined) {
				const next = lines[lineIndex + 1];
				if (next && next.length <= 12 && !/[，,。；;、：:]/.test(next) && !matchMarker(next, doc)) {
					title += next;
					lines.splice(lineIndex + 1, 1);
				}
			}
		} else if (marker.kind !== 'di-han') {
			({ title, text } = leadTitle(rest));
		}
		const clause: DraftClause = {
			marker,
			paragraphs: [],
			children: [],
			tail: [],
			rank: marker.rank,
			leadTitle: title !== undefined && marker.kind !== 'measure' && !isHeadingLine,
		};
		if (title !== undefined && title.length > 0) clause.title = title;
		open(clause, marker.rank);
		if (text.length > 0) clause.paragraphs.push(text);
	}

	top.forEach(demoteLoneTitles);
	return [...(preamble ? [preamble] : []), ...top, ...(closing ? [closing] : [])];
}

function clauseId(doc: SeedDocument, path: string): string {
	const hash = createHash('sha1').update(`${doc.slug}/${path}`).digest();
	const alphabet = '23456789abcdefghjkmnpqrstuvwxyz';
	let s = '';
	for (let i = 0; i < 4; i++) s += alphabet[hash[i]! % alphabet.length];
	return `${doc.prefix}-${s}`;
}

/** Escapes what MDX or Markdown would otherwise read as syntax, so the text stays verbatim. */
function escapeText(text: string): string {
	return text.replace(/[\\`*_[\]<>{}]/g, (c) => `\\${c}`).replace(/^([#>+-]|\d+[.)] )/, '\\$1');
}

function attr(name: string, value: string): string {
	if (value.includes('"')) throw new Error(`attribute ${name} cannot hold a straight double quote: ${value}`);
	return `${name}="${value}"`;
}

function draftTopics(text: string): string[] {
	const rules: [string, RegExp][] = [
		['cadre-staffing', /配齐|配备|选配|挂职|兼职|空缺|在岗率|任免|协管|领头羊|选人用人|书记班子|工作力量|工作骨干/],
		['cadre-training', /培训|本领|练兵|能力提升|党校/],
		['member-development', /团员发展|发展团员|入团|推优|团青比|团员队伍|团员先进性|团籍|团员教育|团员.{0,6}先进性/],
		['funding', /经费|预算|财政|资金|万元/],
		['venues', /阵地|青年之家|服务站|党群服务中心|教育基地/],
		['grassroots-organization', /基层组织|组织覆盖|有效覆盖|建团|团支部|基层团组织|组织设置|基础团务|空白点|团的组织/],
		['political-guidance', /思想政治|理论学习|青马|青年大学习|思想引领|宣讲|政治建设|学习宣传贯彻/],
		['mechanisms', /党建带团建|联席会议|联系点|列席|双重管理|工作汇报|党建带群|纳入党建/],
		['evaluation', /考核|评价|督导|述职|通报|排名|督办/],
		['young-pioneers', /少先队|红领巾|入队|队员/],
		['serving-the-center', /中心大局|围绕中心|服务大局|建功|扭亏|乡村振兴|脱贫攻坚|突击队/],
		['reform', /改革/],
		['youth-service', /服务青年|联系服务|为青年|办实事|就业|婚恋|青年所盼/],
		['new-sectors', /两新|非公|新兴|新业态|社会组织|快递/],
		['schools', /学校|中学|高校|学生|教师/],
		['organizational-life', /三会|组织生活|民主集中制|议事规则|党费|团课/],
	];
	return rules.filter(([, re]) => re.test(text)).map(([slug]) => slug);
}

function emit(doc: SeedDocument, clauses: DraftClause[]): string {
	const out: string[] = [];
	const seen = new Set<string>();
	const walk = (c: DraftClause, path: string, depth: number) => {
		const id = clauseId(doc, path);
		if (seen.has(id)) throw new Error(`${doc.slug}: clause id collision at ${path}`);
		seen.add(id);
		const ownText = [c.title ?? '', ...c.paragraphs, ...c.tail].join('');
		const attrs = [attr('id', id)];
		if (c.marker) attrs.push(attr('n', c.marker.printed));
		if (c.title) attrs.push(attr('title', c.title));
		if (c.role) attrs.push(attr('role', c.role));
		const topics = draftTopics(ownText);
		if (topics.length > 0) attrs.push(attr('topics', topics.join(' ')));
		out.push(`<Clause ${attrs.join(' ')}>`, '');
		for (const p of c.paragraphs) out.push(escapeText(p), '');
		c.children.forEach((child, k) => walk(child, `${path}/${k}`, depth + 1));
		for (const p of c.tail) out.push(escapeText(p), '');
		out.push('</Clause>', '');
	};
	clauses.forEach((c, k) => walk(c, String(k), 0));
	return `---\n${doc.frontmatter.trim()}\n${omittedYaml(doc)}---\n\n${out.join('\n')}`;
}

function omittedYaml(doc: SeedDocument): string {
	if (doc.omitted.length === 0) return 'omitted: []\n';
	const q = (s: string) => JSON.stringify(s);
	return `omitted:\n${doc.omitted.map((o) => `  - text: ${q(o.text)}\n    reason: ${q(o.reason)}`).join('\n')}\n`;
}

function bodyLines(doc: SeedDocument): string[] {
	const all = readFileSync(join(sourcesDir, doc.file), 'utf8').split('\n');
	const [from, to] = doc.lines;
	const skip = new Set([...doc.omitted.map((o) => o.text), ...(doc.titleLines ?? [])]);
	return all
		.slice(from - 1, to)
		.map((l) => l.trim())
		.filter((l) => l.length > 0 && !skip.has(l));
}

const force = process.argv.includes('--force');
mkdirSync(documentsDir, { recursive: true });
for (const doc of seedDocuments) {
	const target = join(documentsDir, `${doc.slug}.mdx`);
	if (existsSync(target) && !force) {
		console.log(`skip ${doc.slug} (exists; --force to redraft)`);
		continue;
	}
	const tree = buildTree(bodyLines(doc), doc);
	writeFileSync(target, emit(doc, tree));
	console.log(`wrote ${target}`);
}
