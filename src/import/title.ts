/**
 * Finds a document's title among its first lines, as GB/T 9704 lays a document out: the 版头
 * (issuer's mark 「…文件」, 发文字号) above, then the title, possibly broken over two or three
 * lines, then the 主送机关 or the text. A web page may print its own headline first and the
 * document's title under it; both are kept, the headline as such. A saved page's title is the
 * line its <h1> holds. Where no line reads as a title, there is none: the editor writes one.
 */
import { genres } from '../schemas/document.ts';
import { DOC_NUMBER, PRINTED_DATE, chars, matchMarker } from './numbering.ts';
import type { SourceKind, SourceLine } from './types.ts';

/** The title found, the headline printed above it, and the lines above the title. */
export interface TitleFound {
	title: string | null;
	titleLines: number[];
	headline: string | null;
	headlineLines: number[];
	/** kept lines above the title: a page's navigation, a document's 版头 */
	above: SourceLine[];
	/** the first line after the title (and headline) */
	bodyStart: number;
}

// Words a title ends in when it is complete: the 文种 of the schema, and a few kinds of speech.
const ENDINGS = [
	...genres,
	'讲话',
	'发言',
	'致辞',
	'报告',
	'决定',
	'纪要',
	'公告',
	'通告',
	'通报',
	'函',
	'细则',
	'规定',
	'办法',
	'方案',
	'规划',
	'要点',
	'总结',
];

/** True for a line that can be (part of) a title: no sentence punctuation, not a number, not a label. */
export function titleLike(text: string): boolean {
	const length = chars(text).length;
	return (
		length >= 4 &&
		length <= 100 &&
		!/[。！？；;!?]/.test(text) &&
		!/[：:，,、]$/.test(text) &&
		matchMarker(text) === null &&
		!DOC_NUMBER.test(text) &&
		!PRINTED_DATE.test(text) &&
		!versionHead(text)
	);
}

/** A 版头 line: the issuer's mark (共青团××委员会文件), 签发人, 份号, 密级 or urgency. */
function versionHead(text: string): boolean {
	return (/文件$/.test(text) && chars(text).length <= 30) || /^(签发人|份号|密级|紧急程度|特急|加急|平急|绝密|机密|秘密)/.test(text);
}

/** True when a title reads as finished: it ends in a 文种 or a closing 》 or bracket. */
export function complete(title: string): boolean {
	const bare = title.replace(/[（(][^（()）]*[）)]$/, '').replace(/[“”"]$/, '');
	return /[》）)]$/.test(bare) || ENDINGS.some((w) => bare.endsWith(w));
}

/** Dice similarity of two texts' character bigrams: a headline and the title it reports share most. */
function similar(a: string, b: string): number {
	const grams = (t: string) => {
		const c = chars(t);
		return new Set(c.slice(1).map((x, i) => `${c[i]!}${x}`));
	};
	const ga = grams(a);
	const gb = grams(b);
	let shared = 0;
	for (const g of ga) if (gb.has(g)) shared++;
	return ga.size + gb.size === 0 ? 0 : (2 * shared) / (ga.size + gb.size);
}

/** Joins title lines from `start` while the title is unfinished; returns the title and how many lines it took. */
function takeTitle(kept: SourceLine[], start: number): { text: string; count: number } {
	let text = kept[start]!.text;
	let count = 1;
	while (count < 3 && !complete(text)) {
		const next = kept[start + count];
		if (!next || !titleLike(next.text) || chars(text).length + chars(next.text).length > 120) break;
		text += next.text;
		count++;
	}
	return { text, count };
}

/** Finds the title of a document whose kept lines (boilerplate already out) are `kept`. */
export function findTitle(kept: SourceLine[], kind: SourceKind, headings: string[]): TitleFound {
	const none: TitleFound = { title: null, titleLines: [], headline: null, headlineLines: [], above: [], bodyStart: 0 };
	let start = -1;
	if (kind === 'html') {
		// A page's title is its <h1>'s line; failing that, an early line that reads as a finished title.
		start = kept.findIndex((l, i) => i < 60 && headings.includes(l.text) && titleLike(l.text));
		if (start < 0) start = kept.findIndex((l, i) => i < 40 && titleLike(l.text) && chars(l.text).length >= 8 && complete(l.text));
	} else {
		for (let i = 0; i < Math.min(kept.length, 12); i++) {
			const t = kept[i]!.text;
			if (versionHead(t) || (DOC_NUMBER.test(t) && chars(t).length <= 40)) continue;
			if (titleLike(t)) start = i;
			break;
		}
	}
	if (start < 0) return none;
	const first = takeTitle(kept, start);
	let found: TitleFound = {
		...none,
		title: first.text,
		titleLines: kept.slice(start, start + first.count).map((l) => l.line),
		above: kept.slice(0, start),
		bodyStart: start + first.count,
	};
	// A web page's headline, then the document's own title: both finished titles, much alike.
	const next = kept[found.bodyStart];
	if (next && titleLike(next.text) && next.text !== first.text) {
		const second = takeTitle(kept, found.bodyStart);
		if (complete(second.text) && complete(first.text) && similar(first.text, second.text) >= 0.5) {
			found = {
				...found,
				headline: first.text,
				headlineLines: found.titleLines,
				title: second.text,
				titleLines: kept.slice(found.bodyStart, found.bodyStart + second.count).map((l) => l.line),
				bodyStart: found.bodyStart + second.count,
			};
		}
	}
	return found;
}
