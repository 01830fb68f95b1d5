/**
 * Drafts a document's metadata from what its text states, and nothing else: the title, the
 * 发文字号, the 主送机关, the issuer (from the 落款 or the title), the 成文日期 with its
 * precision, the 文种 from the title's last word and the 附件 list. What the text does not state
 * is null or unknown, never guessed. A web page's publication date is the page's, recorded as
 * such, not the document's 成文日期.
 */
import { genres, type DocumentMeta } from '../schemas/document.ts';
import { ATTACHMENT_HEADER, DOC_NUMBER, PRINTED_DATE, chars, numeralValue } from './numbering.ts';
import { findTitle } from './title.ts';
import type { ImportWarning, OmittedLine, PageHints, SourceKind, SourceLine } from './types.ts';

/** The metadata the importer drafts: the frontmatter fields, before file names and omitted lines are added. */
export interface DraftMeta {
	title: string | null;
	headline: string | null;
	genre: DocumentMeta['genre'];
	issuer: DocumentMeta['issuer'];
	level: DocumentMeta['level'];
	date: DocumentMeta['date'];
	docNumber: string | null;
	addressee: string | null;
	attachments: string[];
	published: string | null;
	site: string | null;
	url: string | null;
}

/** What the metadata stage gives the next: the metadata, the body lines, lines it leaves out, warnings. */
export interface MetadataResult {
	meta: DraftMeta;
	body: SourceLine[];
	omitted: OmittedLine[];
	warnings: ImportWarning[];
}

const ORG =
	/(委员会|委|部|厅|局|办公室|办|团委|党委|党组|支部|总支|中心|学校|大学|学院|中学|小学|公司|集团|政府|联合会|学联|少工委|协会|青联|工委|研究院|院|处|室)$/;
const SALUTATION = /同志们|朋友们|各位|女士们|先生们|老师们|同学们/;

/** A date as printed, to an ISO prefix and precision; null if it is not a calendar date. */
export function readPrintedDate(text: string): { value: string; precision: 'day' | 'month' } | null {
	const m = PRINTED_DATE.exec(text.trim());
	if (!m) return null;
	const year = /^\d+$/.test(m[1]!)
		? m[1]!
		: chars(m[1]!)
				.map((c) => String(c === '零' ? 0 : '〇一二三四五六七八九'.indexOf(c)))
				.join('');
	const month = String(numeralValue(m[2]!)).padStart(2, '0');
	if (Number(month) < 1 || Number(month) > 12) return null;
	if (m[3] === undefined) return { value: `${year}-${month}`, precision: 'month' };
	const day = String(numeralValue(m[3])).padStart(2, '0');
	const probe = new Date(`${year}-${month}-${day}T00:00:00Z`);
	return Number.isNaN(probe.getTime()) || probe.getUTCDate() !== Number(day) ? null : { value: `${year}-${month}-${day}`, precision: 'day' };
}

/** The 文种 a title ends in (its last word, brackets and a quoted title's 》 aside), or 未知. */
export function genreOf(title: string | null): DocumentMeta['genre'] {
	if (title === null) return '未知';
	const bare = title
		.replace(/[（(][^（()）]*[）)]$/, '')
		.replace(/[》”"]$/, '')
		.trim();
	const found = [...genres].sort((a, b) => b.length - a.length).find((g) => bare.endsWith(g));
	return found ?? '未知';
}

/** An issuer's level, read from its stated name; 未知 when the name does not say. */
export function levelOf(issuer: string | null): DocumentMeta['level'] {
	if (issuer === null) return '未知';
	if (/学校|大学|学院|中学|小学|职校|技校/.test(issuer)) return '学校';
	if (/公司|集团|企业|银行/.test(issuer)) return '企业';
	if (/县|旗|(?<!自治)区(?!域)/.test(issuer)) return '县';
	if (/市|州|盟/.test(issuer)) return '市';
	if (/省|自治区/.test(issuer)) return '省';
	if (/中央|全国|国务院/.test(issuer)) return '中央';
	return '未知';
}

/** Drafts the metadata of a document from its kept lines, the lines left out, and its page's hints. */
export function draftMetadata(
	kept: SourceLine[],
	omitted: OmittedLine[],
	kind: SourceKind,
	hints: PageHints,
	reasons: { aboveTitle: { page: string; document: string }; headline: { reason: string } },
): MetadataResult {
	const warnings: ImportWarning[] = [];
	const found = findTitle(kept, kind, hints.headings);
	const body = kept.slice(found.bodyStart);
	const head = [...found.above, ...body.slice(0, 4)];
	const docNumberLine = head.find((l) => DOC_NUMBER.test(l.text) && chars(l.text).length <= chars(DOC_NUMBER.exec(l.text)![0]).length + 12);
	const above = found.above.map((l) => ({ ...l, reason: kind === 'html' ? reasons.aboveTitle.page : reasons.aboveTitle.document }));
	// The headline is shown once, as the page's headline, above the clauses: its lines are left out of the text.
	const headlineLines = kept.filter((l) => found.headlineLines.includes(l.line)).map((l) => ({ ...l, reason: reasons.headline.reason }));

	// The 落款 stands at the end of the text, before any attachment.
	const attachmentAt = body.findIndex((l) => ATTACHMENT_HEADER.test(l.text));
	const main = attachmentAt < 0 ? body : body.slice(0, attachmentAt);
	const tail = main.slice(-6);
	const dateAt = tail.findLastIndex((l) => readPrintedDate(l.text) !== null);
	const signed = dateAt > 0 ? tail[dateAt - 1]!.text : null;
	const author = tail.map((l) => /^(?:作者|署名)\s*[:：]\s*(.+)$/.exec(l.text)?.[1]).find((a) => a !== undefined) ?? null;
	const titleIssuer = found.title === null ? null : (/^(.{2,60}?)关于/.exec(found.title)?.[1]?.trim() ?? null);
	let issuer: DocumentMeta['issuer'] = { name: null, basis: 'unknown', note: null };
	if (signed !== null && ORG.test(signed.replace(/\s+/g, '')) && chars(signed).length <= 60) issuer = { name: signed, basis: 'stated', note: '落款' };
	else if (author !== null) issuer = { name: author, basis: 'stated', note: '文末署名' };
	else if (titleIssuer !== null && ORG.test(titleIssuer.split(/\s+/).at(-1)!))
		issuer = { name: titleIssuer.replace(/\s+/g, '、'), basis: 'stated', note: '标题中的发文机关' };

	// 成文日期: the 落款's date, or a date in brackets under the title.
	const underTitle = body.slice(0, 2).find((l) => /^[（(]/.test(l.text) && readPrintedDate(l.text) !== null);
	const dateLine = dateAt >= 0 ? tail[dateAt]! : underTitle;
	const printed = dateLine === undefined ? null : readPrintedDate(dateLine.text);
	const published = hints.published ?? normaliseDate(omitted.find((o) => o.field === 'published')?.value);
	const pageNote = published === null ? '' : `网页发布时间为${published}，不是成文日期。`;
	const date: DocumentMeta['date'] =
		printed === null
			? { value: null, precision: 'unknown', basis: `原文未注明成文日期。${pageNote}` }
			: {
					value: printed.value,
					precision: printed.precision,
					basis: `${dateLine === underTitle ? '标题下注明的日期' : '落款日期'}：${dateLine!.text}。${pageNote}`,
				};

	// 主送机关: the first line of the text that ends in a colon and names bodies, before any number.
	const addresseeLine = body
		.slice(0, 4)
		.find((l) => /[：:]$/.test(l.text) && !/[。！？]/.test(l.text) && !SALUTATION.test(l.text) && chars(l.text).length <= 200);

	const genre = genreOf(found.title);
	if (found.title === null) warnings.push({ message: 'no title line found: write the title into `title` and set titleSource: editorial' });
	if (genre === '未知')
		warnings.push({
			...(found.titleLines[0] === undefined ? {} : { line: found.titleLines[0] }),
			message: `文种 not found in the title's last word (${JSON.stringify(found.title)}): set genre`,
		});
	const siteOmitted = omitted.find((o) => o.field === 'site')?.value ?? null;
	const urlOmitted = omitted.find((o) => o.field === 'url')?.value ?? null;
	return {
		meta: {
			title: found.title,
			headline: found.headline,
			genre,
			issuer,
			level: issuer.basis === 'stated' ? levelOf(issuer.name) : '未知',
			date,
			docNumber: docNumberLine === undefined ? null : DOC_NUMBER.exec(docNumberLine.text)![0].replace(/\s+/g, ''),
			addressee: addresseeLine === undefined ? null : addresseeLine.text.replace(/[：:]$/, ''),
			attachments: attachmentList(body, attachmentAt),
			published,
			site: hints.site ?? siteOmitted,
			url: validUrl(hints.url) ?? validUrl(urlOmitted ?? null),
		},
		body,
		omitted: [...above, ...headlineLines],
		warnings,
	};
}

/** The 附件 the text lists (附件：1.… 2.…), or failing that the titles under the attachment headings. */
function attachmentList(body: SourceLine[], attachmentAt: number): string[] {
	const at = body.findIndex((l) => /^附\s*件\s*[:：]\s*\S/.test(l.text));
	const strip = (t: string) => t.replace(/^[0-9０-９]{1,2}\s*[.．、]\s*/, '').trim();
	if (at >= 0) {
		const list = [strip(body[at]!.text.replace(/^附\s*件\s*[:：]\s*/, ''))];
		for (const l of body.slice(at + 1)) {
			if (!/^[0-9０-９]{1,2}\s*[.．、]/.test(l.text) || ATTACHMENT_HEADER.test(l.text)) break;
			list.push(strip(l.text));
		}
		return list.filter((t) => t !== '');
	}
	if (attachmentAt < 0) return [];
	return body.flatMap((l, i) => (i >= attachmentAt && ATTACHMENT_HEADER.test(l.text) && body[i + 1] ? [body[i + 1]!.text] : []));
}

function normaliseDate(text: string | undefined): string | null {
	const m = text === undefined ? null : /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
	return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

function validUrl(text: string | null): string | null {
	if (text === null) return null;
	try {
		return new URL(text).href === text || new URL(text).href === `${text}/` ? text : new URL(text).href;
	} catch {
		return null;
	}
}
