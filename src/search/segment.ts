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
const UNITS = ['万元', '亿元', '千元', '个月', '周岁', '小时', '学年', '%', '‰', '元', '万', '亿', '岁', '年', '月', '日', '天', '次', '个', '名', '人', '场', '家', '所', '项', '条', '分', '周', '期', '批', '类', '轴'];
const TOKEN = new RegExp(
	`(\\d+(?:\\.\\d+)?(?:${UNITS.join("|")})?)|(\\p{Script=Han}+)|([a-z]+)`,
	'gu',
);

/** Words too common to mean anything on their own in a query. */
const STOPWORDS = new Set(['的', '了', '和', '与', '及', '在', '是', '对', '等', '把', '被', '将', '从', '向', '为', '以', '于', '之', '而', '或', '并', '要', '其', '中', '有', '也', '各']);

/** Folds a text for matching: NFKC (full-width to half-width), lower case. */
export function fold(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

export interface SegmenterOptions {
	/** domain terms kept whole */
	vocabulary: readonly string[];
}

export interface ChineseSegmenter {
	/** Every token of a text, in order (for indexing). */
	tokens(text: string): string[];
	/** The distinct meaningful tokens of a query, in order: no stopwords unless nothing else is left. */
	queryTerms(query: string): string[];
}

/** Builds the segmenter over a domain vocabulary. */
export function createSegmenter({ vocabulary }: SegmenterOptions): ChineseSegmenter {
	const terms = new Set(vocabulary.map(fold).filter((t) => t.length > 1));
	const longest = Math.max(1, ...[...terms].map((t) => t.length));
	const words = new Intl.Segmenter('zh', { granularity: 'word' });

	const splitHan = (run: string, out: string[]) => {
		let i = 0;
		let plainStart = 0;
		const flushPlain = (end: number) => {
			if (end > plainStart) {
				for (const s of words.segment(run.slice(plainStart, end))) if (s.isWordLike) out.push(s.segment);
			}
		};
		while (i < run.length) {
			let match = 0;
			for (let len = Math.min(longest, run.length - i); len > 1; len--) {
				if (terms.has(run.slice(i, i + len))) {
					match = len;
					break;
				}
			}
			if (match > 0) {
				flushPlain(i);
				out.push(run.slice(i, i + match));
				i += match;
				plainStart = i;
			} else i++;
		}
		flushPlain(run.length);
	};

	const tokens = (text: string): string[] => {
		const out: string[] = [];
		for (const m of fold(text).matchAll(TOKEN)) {
			if (m[1] !== undefined || m[3] !== undefined) out.push(m[0]);
			else splitHan(m[2]!, out);
		}
		return out;
	};

	const queryTerms = (query: string): string[] => {
		// Single characters the dictionary left over (分 值 from 分值) mean more together than apart.
		const joined: string[] = [];
		let singles = '';
		for (const t of tokens(query)) {
			if (/^\p{Script=Han}$/u.test(t) && !STOPWORDS.has(t)) singles += t;
			else {
				if (singles) joined.push(singles);
				singles = '';
				joined.push(t);
			}
		}
		if (singles) joined.push(singles);
		const all = [...new Set(joined)];
		const meaningful = all.filter((t) => !STOPWORDS.has(t));
		return meaningful.length > 0 ? meaningful : all;
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
