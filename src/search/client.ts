/**
 * The search page's script. Bundled at build time into one classic script (search/search.js)
 * together with the segmenter and the ranking module, and loaded only by the search page.
 *
 * Candidates come from Pagefind on a server and from the offline index when the copy is read
 * from disk; the same ranking orders them either way. Everything the reader typed reaches the
 * page as text nodes only.
 */
import { addedToPackMessage, addToPack } from '../pack/store.ts';
import { el } from '../utils/dom.ts';
import { isShownStatus, statusLabel, statusTone } from '../utils/validity-label.ts';
import { filterNames, type Filters } from './filters.ts';
import { excerptAround, markTerms } from './highlight.ts';
import { analyseQuery, type QueryTerm } from './query.ts';
import { rankClauses, type MatchTier, type RankedClause } from './rank.ts';
import { createSegmenter } from './segment.ts';
import type { SynonymGroup } from './synonyms.ts';
import { offlineSource } from './sources/offline-source.ts';
import { pagefindSource } from './sources/pagefind-source.ts';
import type { CandidateSource, ClauseMeta } from './sources/source.ts';

declare const __VOCABULARY__: string[];
declare const __SYNONYMS__: SynonymGroup[];
declare const __PRESENCE_CHUNKS__: number;
declare const __PAGEFIND_PARTS__: number;

/** Longest query used; the rest is ignored, and the reader is told. */
export const MAX_QUERY_LENGTH = 100;
const SHOWN = 30;

const segmenter = createSegmenter({ vocabulary: __VOCABULARY__ });
const base = document.baseURI;
let source: CandidateSource | undefined;

/** Pagefind on a server; the offline index from disk, or when Pagefind cannot be loaded. */
function candidateSource(): CandidateSource {
	source ??=
		location.protocol === 'file:'
			? offlineSource(base)
			: withFallback(pagefindSource(base, __PRESENCE_CHUNKS__, __PAGEFIND_PARTS__), () => offlineSource(base));
	return source;
}

/** Uses `primary` until it fails once, then `fallback` (made once) for good. */
function withFallback(primary: CandidateSource, fallback: () => CandidateSource): CandidateSource {
	let second: CandidateSource | undefined;
	// Several queries may fail at once: the first switches, the others find the fallback made.
	const switchOver = (error: unknown): CandidateSource => {
		if (!second) {
			console.warn('Pagefind index unavailable; using the offline index', error);
			second = fallback();
		}
		return second;
	};
	const attempt = async <T>(call: (s: CandidateSource) => Promise<T>): Promise<T> => {
		if (second) return call(second);
		try {
			return await call(primary);
		} catch (error) {
			return call(switchOver(error));
		}
	};
	return {
		candidates: (t, f) => attempt((s) => s.candidates(t, f)),
		occurs: (t) => attempt((s) => s.occurs(t)),
		note: () => (second ?? primary).note?.() ?? null,
		warm: () => primary.warm?.(),
	};
}

type Outcome =
	| { kind: 'empty' }
	| { kind: 'no-terms'; asked: string[] }
	| {
			kind: 'results';
			terms: QueryTerm[];
			ranked: RankedClause[];
			data: Map<string, ClauseMeta>;
			absent: string[];
			truncated: boolean;
			note: string | null;
	  };

/** Finds and ranks the clauses for a query and filters. */
async function search(rawQuery: string, filters: Filters): Promise<Outcome> {
	const trimmed = rawQuery.trim();
	if (trimmed.length === 0) return { kind: 'empty' };
	const analysed = analyseQuery(trimmed.slice(0, MAX_QUERY_LENGTH), segmenter, __SYNONYMS__);
	const { terms } = analysed;
	if (terms.length === 0) return { kind: 'no-terms', asked: analysed.asked };
	const from = candidateSource();
	// A word is in the library when any of its wordings is; question words were never words.
	const present = (t: QueryTerm) => Promise.all(t.wordings.map((w) => from.occurs(w.text))).then((has) => has.some(Boolean));
	const [candidates, presence] = await Promise.all([from.candidates(terms, filters), Promise.all(terms.map(present))]);
	const data = new Map(candidates.map((c) => [c.id, c]));
	const ranked = rankClauses(analysed, candidates);
	return {
		kind: 'results',
		terms,
		ranked: ranked.slice(0, SHOWN),
		data,
		absent: terms.filter((_, i) => !presence[i]).map((t) => t.text),
		truncated: trimmed.length > MAX_QUERY_LENGTH,
		note: from.note?.() ?? null,
	};
}

function marked(parent: HTMLElement, text: string, terms: string[]): void {
	for (const piece of markTerms(text, terms)) parent.append(piece.mark ? el('mark', undefined, piece.text) : document.createTextNode(piece.text));
}

const tierLabel: Record<MatchTier, string> = { exact: '完全匹配', near: '词语相近', all: '包含全部词语', partial: '部分匹配' };

function resultLink(url: string, terms: string[]): string {
	const [page, fragment] = url.split('#');
	return `${page}?hl=${encodeURIComponent(terms.join(' '))}#${fragment ?? ''}`;
}

function render(outcome: Outcome, status: HTMLElement, list: HTMLElement, notes: HTMLElement): void {
	list.replaceChildren();
	notes.replaceChildren();
	if (outcome.kind === 'empty') {
		status.textContent = '输入词语查找条款，如：推优入党、团青比、青年之家经费。';
		return;
	}
	if (outcome.kind === 'no-terms') {
		status.textContent =
			outcome.asked.length > 0 ? '请写出要问的事情，如：团干部空缺多久配齐、乡镇团委经费多少。' : '查询中没有可以查找的文字，请输入汉字、数字或字母。';
		return;
	}
	if (outcome.truncated) notes.append(el('p', 'note', `查询太长，只用了前 ${MAX_QUERY_LENGTH} 个字。`));
	if (outcome.note) notes.append(el('p', 'note offline-scope', outcome.note));
	if (outcome.absent.length > 0) {
		const p = el('p', 'absent');
		p.append(`库中没有出现：${outcome.absent.map((t) => `“${t}”`).join('、')}。`);
		if (outcome.absent.length < outcome.terms.length) p.append('以下结果不含这些词。');
		notes.append(p);
	}
	const { ranked } = outcome;
	status.textContent =
		ranked.length === 0
			? '没有找到相关条款。可以换个说法，或减少词语。'
			: `找到 ${ranked.length} 条相关条款${ranked.length === SHOWN ? '（只列出最相关的）' : ''}。`;
	for (const r of ranked) {
		const meta = outcome.data.get(r.id)!;
		const item = el('li', `result tier-${r.tier}`);
		item.dataset['clause'] = r.id;
		const documentLine = el('p', 'result-document', `《${meta.documentTitle}》`);
		if (isShownStatus(meta.documentStatus)) {
			const badge = el('span', 'validity-badge', statusLabel(meta.documentStatus));
			badge.dataset['tone'] = statusTone[meta.documentStatus];
			documentLine.append(' ', badge);
		}
		item.append(documentLine);
		const link = el('a', 'result-title');
		link.href = resultLink(meta.href, r.found);
		marked(link, meta.label, r.found);
		const heading = el('h2');
		heading.append(link);
		item.append(heading);
		const excerpt = el('p', 'result-excerpt');
		marked(excerpt, excerptAround(meta.text || meta.title, r.found), r.found);
		item.append(excerpt);
		const facts = el('p', 'result-facts');
		if (r.tier === 'partial') facts.append(el('span', 'partial', `部分匹配：不含${r.missing.map((t) => `“${t}”`).join('、')}`));
		else facts.append(el('span', 'tier', tierLabel[r.tier]));
		if (r.via.length > 0) facts.append(el('span', 'via', `按 ${r.via.map(([, as]) => as).join('、')} 匹配`));
		if (meta.topics) facts.append(el('span', 'topics', meta.topics));
		item.append(facts);
		const add = el('p', 'pack-add');
		const button = el('button', undefined, '加入课程引用包');
		button.type = 'button';
		const done = el('span', 'copy-status');
		done.setAttribute('role', 'status');
		button.addEventListener('click', () => {
			const count = addToPack(r.id);
			done.textContent = addedToPackMessage(count);
		});
		add.append(button, ' ', done);
		item.append(add);
		list.append(item);
	}
}

function start(): void {
	const form = document.querySelector<HTMLFormElement>('#search-form');
	const input = document.querySelector<HTMLInputElement>('#search-query');
	const status = document.querySelector<HTMLElement>('#search-status');
	const list = document.querySelector<HTMLElement>('#search-results');
	const notes = document.querySelector<HTMLElement>('#search-notes');
	if (!form || !input || !status || !list || !notes) return;
	const selects = filterNames.flatMap((name) => {
		const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
		return select ? [{ name, select }] : [];
	});

	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	for (const { name, select } of selects) {
		const v = params.get(name);
		if (v !== null && [...select.options].some((o) => o.value === v)) select.value = v;
	}

	let sequence = 0;
	const run = async () => {
		const mine = ++sequence;
		const filters: Filters = {};
		const url = new URLSearchParams();
		if (input.value.trim()) url.set('q', input.value.trim());
		for (const { name, select } of selects) {
			if (select.value) {
				filters[name] = select.value;
				url.set(name, select.value);
			}
		}
		const qs = url.toString();
		history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
		list.dataset['state'] = 'searching';
		try {
			const outcome = await search(input.value, filters);
			if (mine !== sequence) return;
			render(outcome, status, list, notes);
		} catch (error) {
			if (mine !== sequence) return;
			list.replaceChildren();
			status.textContent = '搜索暂时不可用：搜索索引没有加载成功。文件和专题页面仍可正常阅读。';
			notes.replaceChildren();
			console.warn('search failed', error);
		}
		list.dataset['state'] = 'done';
		list.dataset['query'] = input.value;
	};

	// Every keystroke searches (a warm query takes milliseconds; stale answers are dropped),
	// except while an input method is still composing pinyin into characters.
	input.addEventListener('input', (e) => {
		if (!(e as InputEvent).isComposing) void run();
	});
	input.addEventListener('compositionend', () => void run());
	for (const { select } of selects) select.addEventListener('change', () => void run());
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		void run();
	});
	void run();
	// On a server, the search engine loads while the reader is still typing: on idle, or as soon
	// as they focus the box. (From disk the offline index waits for the first query.)
	if (location.protocol !== 'file:') {
		const warm = () => candidateSource().warm?.();
		input.addEventListener('focus', warm, { once: true });
		if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 3000 });
		else setTimeout(warm, 1000);
	}
}

start();
