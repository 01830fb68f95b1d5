/**
 * The one Chinese segmenter of the library, used by the indexer at build time and by the
 * search page in the browser, so that queries and index are always cut the same way.
 *
 * Written here rather than taken from a library: general-purpose Chinese segmenters (and
 * Intl.Segmenter alone) split League terms such as 推优入党 or 团青比 into pieces and cut
 * "2万元" into a number and a word, and the dictionary-based ones are too large to ship to a
 * phone. So: NFKC folding (full-width digits and letters become half-width), numbers kept
 * whole with their unit, domain vocabulary kept whole (longest match), and Intl.Segmenter only
 * for the Chinese text in between.
 */

/** Units that stay attached to a number: 2万元, 90%, 3个月, 28周岁. Longest first. */
const UNITS = [
	'万元',
	'亿元',
	'千元',
	'个月',
	'周岁',
	'小时',
	'学年',
	'%',
	'‰',
	'元',
	'万',
	'亿',
	'岁',
	'年',
	'月',
	'日',
	'天',
	'次',
	'个',
	'名',
	'人',
	'场',
	'家',
	'所',
	'项',
	'条',
	'分',
	'周',
	'期',
	'批',
	'类',
	'轴',
];
const TOKEN = new RegExp(`(\\d+(?:\\.\\d+)?(?:${UNITS.join('|')})?)|(\\p{Script=Han}+)|([a-z]+)`, 'gu');

/** Most terms a query is searched with (each is one lookup); the rest are ignored. */
export const MAX_QUERY_TERMS = 10;

/**
 * Words too common to mean anything on their own in a query: particles and prepositions, and the
 * modal and function words of a question (能, 会, 可, 吗, 呢, …), which the dictionary leaves as
 * single characters.
 */
const STOPWORDS = new Set(Array.from('的了和与及在是对等把被将从向为以于之而或并要其中有也各能会可该得还都就才又吗呢吧啊呀么去给让叫着过这那我你他由跟想没'));

/**
 * Punctuation that may stand inside a term as printed and never separates it: quotation marks
 * (“两新”组织), title marks (《规划》课程) and middle dots. Matching ignores them on both sides.
 */
const JOINERS = /[“”‘’"'「」『』《》〈〉·・•‧]/gu;
/** Spaces or tabs between two Han characters (团 干部): ignored too. Line breaks keep fields apart. */
const HAN_SPACE = /(?<=\p{Script=Han})[ \t]+(?=\p{Script=Han})/gu;

/**
 * Folds a text for matching: NFKC (full-width to half-width), lower case, and without the
 * punctuation and spaces that may stand inside a term. Index, query and highlight all fold
 * with this, so a term printed as “两新”组织 is found as 两新组织 and the reverse.
 */
export function fold(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(JOINERS, '').replace(HAN_SPACE, '');
}

/** A text folded as `fold` does, with each folded character's index in the original (to mark matches as printed). */
export function foldWithMap(text: string): { chars: string[]; folded: string; origin: number[] } {
	const chars = Array.from(text);
	let folded = '';
	const origin: number[] = [];
	const keep = (c: string, at: number) => {
		folded += c;
		origin.push(at);
	};
	let pendingSpace: [string, number][] = [];
	let lastHan = false;
	chars.forEach((ch, i) => {
		const f = ch.normalize('NFKC').toLowerCase().replace(JOINERS, '');
		if (f === '') return;
		if (/^[ \t]+$/.test(f)) {
			for (const c of f) pendingSpace.push([c, i]);
			return;
		}
		const han = /^\p{Script=Han}/u.test(f);
		// Spaces are kept unless they stand between two Han characters (as in fold).
		if (!(lastHan && han)) for (const [c, at] of pendingSpace) keep(c, at);
		pendingSpace = [];
		for (const c of f) keep(c, i);
		lastHan = /\p{Script=Han}$/u.test(f);
	});
	for (const [c, at] of pendingSpace) keep(c, at);
	return { chars, folded, origin };
}

export interface SegmenterOptions {
	/** domain terms kept whole */
	vocabulary: readonly string[];
}

interface Piece {
	text: string;
	kind: 'term' | 'word' | 'number' | 'latin';
	run: number;
}

export interface ChineseSegmenter {
	/** Every token of a text, in order (for indexing). */
	tokens: (text: string) => string[];
	/** The distinct meaningful tokens of a query, in order: no stopwords unless nothing else is left. */
	queryTerms: (query: string) => string[];
}

/** Builds the segmenter over a domain vocabulary. */
export function createSegmenter({ vocabulary }: SegmenterOptions): ChineseSegmenter {
	const terms = new Set(vocabulary.map(fold).filter((t) => t.length > 1));
	// The longest term starting with each code unit: most characters start none and are passed at
	// once, where every length up to the longest term was tried (a sixth of cutting a library's words).
	const longestFrom = new Map<string, number>();
	for (const t of terms) longestFrom.set(t[0]!, Math.max(longestFrom.get(t[0]!) ?? 0, t.length));
	const words = new Intl.Segmenter('zh', { granularity: 'word' });

	const splitHan = (run: string, out: Piece[], runIndex: number) => {
		let i = 0;
		let plainStart = 0;
		const flushPlain = (end: number) => {
			if (end > plainStart) {
				for (const s of words.segment(run.slice(plainStart, end))) if (s.isWordLike) out.push({ text: s.segment, kind: 'word', run: runIndex });
			}
		};
		while (i < run.length) {
			let match = 0;
			for (let len = Math.min(longestFrom.get(run[i]!) ?? 0, run.length - i); len > 1; len--) {
				if (terms.has(run.slice(i, i + len))) {
					match = len;
					break;
				}
			}
			if (match > 0) {
				flushPlain(i);
				out.push({ text: run.slice(i, i + match), kind: 'term', run: runIndex });
				i += match;
				plainStart = i;
			} else i++;
		}
		flushPlain(run.length);
	};

	/** Tokens of a folded text with what made them: a vocabulary term, a dictionary word, a number or a Latin word; `run` numbers the Han run. */
	const pieces = (folded: string): Piece[] => {
		const out: Piece[] = [];
		let run = 0;
		for (const m of folded.matchAll(TOKEN)) {
			run++;
			if (m[1] !== undefined) out.push({ text: m[0], kind: 'number', run });
			else if (m[3] !== undefined) out.push({ text: m[0], kind: 'latin', run });
			else splitHan(m[2]!, out, run);
		}
		return out;
	};

	const tokens = (text: string): string[] => pieces(fold(text)).map((p) => p.text);

	const queryTerms = (query: string): string[] => {
		// What the dictionary could not place comes out as single characters: 分 值 from 分值, or
		// 链 after 区块. Runs of them are joined, and a lone one joins the word before it.
		const isSingle = (p: Piece) => p.kind === 'word' && p.text.length === 1 && !STOPWORDS.has(p.text);
		const grouped: (Piece & { single: boolean })[] = [];
		// Spaces the reader typed separate words, so each part is folded on its own (fold drops spaces between Han characters).
		for (const p of pieces(query.split(/\s+/).map(fold).join('\n'))) {
			const last = grouped.at(-1);
			if (isSingle(p) && last?.single && last.run === p.run) last.text += p.text;
			else grouped.push({ ...p, single: isSingle(p) });
		}
		const joined: Piece[] = [];
		for (const p of grouped) {
			const last = joined.at(-1);
			if (p.single && p.text.length === 1 && last && last.run === p.run && last.kind === 'word' && !STOPWORDS.has(last.text)) last.text += p.text;
			else joined.push({ text: p.text, kind: p.kind, run: p.run });
		}
		const all = [...new Set(joined.map((p) => p.text))];
		const meaningful = all.filter((t) => !STOPWORDS.has(t));
		return (meaningful.length > 0 ? meaningful : all).slice(0, MAX_QUERY_TERMS);
	};

	return { tokens, queryTerms };
}

/** Reads the vocabulary file's text: one term a line, # comments. */
export function parseVocabulary(text: string): string[] {
	return text
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l.length > 0 && !l.startsWith('#'));
}
