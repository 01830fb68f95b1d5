/**
 * A course pack (课程引用包): a trainer's titled, ordered list of clauses, each with a note.
 * Pure functions: the share-link format, reading it back, and the Markdown export. The link
 * keeps every item as its own parameter, so a link cut short in a chat message still yields
 * every item before the cut, and a damaged item is reported without losing the others.
 */
import { plainCitation } from '../cite/citation.ts';
import { clauseHeading } from '../library/clause-label.ts';
import { isClauseId } from '../schemas/clause-id.ts';
import type { OfflineIndex, OfflineRecord } from '../search/offline-index.ts';
import { shortLink } from '../utils/links.ts';

/** One clause of a pack, with the trainer's note. */
export interface PackItem {
	id: string;
	note: string;
}

/** A titled, ordered list of clauses. */
export interface CoursePack {
	title: string;
	items: PackItem[];
}

/** The #fragment that rebuilds a pack: #v=1&t=title&i=id~note&i=… */
export function encodePack(pack: CoursePack): string {
	const p = new URLSearchParams();
	p.set('v', '1');
	p.set('t', pack.title);
	for (const item of pack.items) p.append('i', item.note ? `${item.id}~${item.note}` : item.id);
	return p.toString();
}

/** A pack read from a link, with what could not be read. */
export interface DecodedPack {
	pack: CoursePack;
	/** what could not be read, for the reader */
	problems: string[];
}

/** Reads a pack from a link's #fragment, keeping every item it can read. */
export function decodePack(fragment: string): DecodedPack {
	const problems: string[] = [];
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(fragment.replace(/^#/, ''));
	} catch {
		return { pack: { title: '', items: [] }, problems: ['链接无法读取。'] };
	}
	if (params.get('v') !== '1') problems.push('链接缺少版本标记，可能不完整；已尽量读取。');
	const items: PackItem[] = [];
	params.getAll('i').forEach((raw, index) => {
		const cut = raw.indexOf('~');
		const id = cut < 0 ? raw : raw.slice(0, cut);
		const note = cut < 0 ? '' : raw.slice(cut + 1);
		if (!isClauseId(id)) problems.push(`第 ${index + 1} 项“${raw.slice(0, 24)}”不是有效的条款编号，已略过。`);
		else items.push({ id, note });
	});
	if (params.getAll('i').length === 0) problems.push('链接中没有条款。');
	return { pack: { title: params.get('t') ?? '', items }, problems };
}

/** A clause of the pack as the library has it now. */
export type PackEntry =
	| { kind: 'clause'; item: PackItem; id: string; documentTitle: string; label: string; text: string; citation: string; url: string; viaAlias: boolean }
	| { kind: 'removed'; item: PackItem; label: string; successor: { id: string; label: string; url: string } | null }
	| { kind: 'unknown'; item: PackItem };

/** The pack as Markdown: title, then each clause with its text, citation and note. */
export function packMarkdown(title: string, entries: PackEntry[]): string {
	const lines = [`# ${title || '课程引用包'}`, ''];
	entries.forEach((e, i) => {
		if (e.kind === 'clause') {
			lines.push(`## ${i + 1}. 《${e.documentTitle}》${e.label}`, '', ...e.text.split('\n').map((l) => `> ${l}`), '', e.citation);
		} else if (e.kind === 'removed') {
			lines.push(
				`## ${i + 1}. ${e.label}（已删除）`,
				'',
				e.successor ? `接替条款：[${e.successor.label}](${e.successor.url})` : '此条款已删除，没有接替条款。',
			);
		} else {
			lines.push(`## ${i + 1}. ${e.item.id}`, '', '库中没有这个条款。');
		}
		if (e.item.note) lines.push('', `备注：${e.item.note}`);
		lines.push('');
	});
	return `${lines.join('\n').trim()}\n`;
}

/** What the pack needs of the library: the offline index's clauses, aliases and removed clauses. */
export interface PackLibrary extends Pick<OfflineIndex, 'aliases' | 'removed'> {
	records: Pick<OfflineRecord, 'id' | 'documentTitle' | 'number' | 'title' | 'label' | 'text' | 'cite'>[];
}

/** Finds each clause of the pack in the library as it is now: current, renamed (alias), removed or unknown. */
export function resolvePack(pack: CoursePack, index: PackLibrary, site: string): PackEntry[] {
	const byId = new Map(index.records.map((r) => [r.id, r]));
	const siteUrl = new URL(site);
	const short = (id: string) => shortLink(id, siteUrl);
	return pack.items.map((item): PackEntry => {
		const current = byId.has(item.id) ? item.id : index.aliases[item.id];
		const record = current ? byId.get(current) : undefined;
		if (record) {
			const url = short(record.id);
			const title = record.title || record.label;
			return {
				kind: 'clause',
				item,
				id: record.id,
				documentTitle: record.documentTitle,
				label: clauseHeading(record.number, title),
				text: record.text || record.title,
				citation: plainCitation({
					documentTitle: record.documentTitle,
					number: record.number,
					title,
					issuer: record.cite.issuer,
					date: record.cite.date,
					validity: record.cite.validity,
					url,
				}),
				url,
				viaAlias: current !== item.id,
			};
		}
		const removed = index.removed[item.id];
		if (removed) {
			const next = removed.successor ? byId.get(removed.successor) : undefined;
			return {
				kind: 'removed',
				item,
				label: removed.label,
				successor: next ? { id: next.id, label: `《${next.documentTitle}》${next.label}`, url: short(next.id) } : null,
			};
		}
		return { kind: 'unknown', item };
	});
}
