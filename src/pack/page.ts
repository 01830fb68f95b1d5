/**
 * The course pack page (pack.html). Reads the pack from a shared link or from this browser,
 * finds each clause in the offline index (a classic script, so the page works from disk too),
 * and lets the trainer title it, order it, annotate it, print it as a handout with a QR code per
 * clause, share it as a link, and export it as Markdown.
 */
import qrcode from 'qrcode-generator';
import type { OfflineIndex } from '../search/offline-index.ts';
import { loadOfflineIndex } from '../search/sources/offline-source.ts';
import { el } from '../utils/dom.ts';
import { absoluteUrl, routeFile } from '../utils/links.ts';
import { decodePack, encodePack, packMarkdown, resolvePack, type CoursePack, type PackEntry } from './pack.ts';
import { loadPack, savePack } from './store.ts';

const root = document.querySelector<HTMLElement>('#pack')!;
const site = root.dataset['site']!;
const base = document.baseURI;

/** A QR code of `url` as an SVG drawn from the code's modules (no markup from outside). */
function qrSvg(url: string): SVGSVGElement {
	const qr = qrcode(0, 'M');
	qr.addData(url);
	qr.make();
	const n = qr.getModuleCount();
	let d = '';
	for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c} ${r}h1v1h-1z`;
	const ns = 'http://www.w3.org/2000/svg';
	const svg = document.createElementNS(ns, 'svg');
	svg.setAttribute('viewBox', `-2 -2 ${n + 4} ${n + 4}`);
	svg.setAttribute('class', 'qr');
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', `二维码：${url}`);
	const path = document.createElementNS(ns, 'path');
	path.setAttribute('d', d);
	svg.append(path);
	return svg;
}

/** The pack's share link on the site address. */
function shareLink(pack: CoursePack): string {
	return `${absoluteUrl({ page: 'pack' }, new URL(site))}#${encodePack(pack)}`;
}

/** A link to a clause's short-link page in this copy of the site (served or on disk). */
function clauseLink(id: string, text: string): HTMLAnchorElement {
	const a = el('a', undefined, text);
	a.href = new URL(routeFile({ page: 'short', id }), base).href;
	return a;
}

/** The pack from a shared link when the page was opened with one (saying what could not be read), else this browser's. */
function openingPack(notes: HTMLElement): CoursePack {
	if (!location.hash.includes('i=')) return loadPack();
	const { pack, problems } = decodePack(location.hash);
	notes.append(el('p', 'note', `已从链接载入课程引用包（${pack.items.length} 条）。`));
	for (const problem of problems) notes.append(el('p', 'absent', problem));
	if (!savePack(pack)) notes.append(el('p', 'note', '此浏览器不允许保存，关闭页面后修改不会保留。'));
	return pack;
}

/** What the list shows of one entry: the clause with its citation and QR code, or what became of it. */
function entryContent(entry: PackEntry): Node[] {
	if (entry.kind === 'clause') {
		const heading = el('h2');
		heading.append(clauseLink(entry.id, entry.label));
		const cite = el('p', 'pack-citation');
		cite.append(el('span', undefined, entry.citation));
		return [
			el('p', 'result-document', `《${entry.documentTitle}》`),
			heading,
			...entry.text.split('\n').map((line) => el('p', 'pack-text', line)),
			cite,
			qrSvg(entry.url),
			...(entry.viaAlias ? [el('p', 'note', `（原编号 ${entry.item.id} 已改为 ${entry.id}）`)] : []),
		];
	}
	if (entry.kind === 'removed') {
		const successor = el('p', undefined, entry.successor ? '接替它的条款：' : '此条款已删除，没有接替条款。');
		if (entry.successor) successor.append(clauseLink(entry.successor.id, entry.successor.label));
		return [el('h2', undefined, `${entry.label}（已删除）`), successor];
	}
	return [el('h2', undefined, entry.item.id), el('p', undefined, '库中没有这个条款。')];
}

/** The page's state and the changes a trainer makes to it. */
interface Editor {
	pack: CoursePack;
	/** keeps the pack and updates the share link */
	save(): void;
	/** keeps the pack and draws the list again, focusing the entry now at `focus` */
	redraw(focus: number): void;
}

/** The note field and the move and remove buttons of the entry at `i`. */
function entryControls(entry: PackEntry, i: number, editor: Editor): Node[] {
	const { pack } = editor;
	const noteLabel = el('label', 'pack-note');
	noteLabel.append(el('span', undefined, '备注'));
	const note = el('textarea');
	note.value = entry.item.note;
	note.rows = 2;
	note.addEventListener('input', () => {
		pack.items[i]!.note = note.value;
		editor.save();
	});
	noteLabel.append(note);
	const tools = el('div', 'pack-tools');
	const button = (text: string, label: string, action: () => void, disabled = false) => {
		const b = el('button', undefined, text);
		b.type = 'button';
		b.setAttribute('aria-label', label);
		b.disabled = disabled;
		b.addEventListener('click', () => {
			action();
			editor.redraw(i);
		});
		tools.append(b);
	};
	const name = entry.kind === 'clause' ? entry.label : entry.item.id;
	button('上移', `上移 ${name}`, () => pack.items.splice(i - 1, 0, pack.items.splice(i, 1)[0]!), i === 0);
	button('下移', `下移 ${name}`, () => pack.items.splice(i + 1, 0, pack.items.splice(i, 1)[0]!), i === pack.items.length - 1);
	button('移除', `移除 ${name}`, () => pack.items.splice(i, 1));
	return [noteLabel, tools];
}

/** Offers the file as a download. */
function download(name: string, text: string, type: string): void {
	const a = el('a');
	a.href = URL.createObjectURL(new Blob([text], { type }));
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
}

/** The print, share-link and Markdown buttons. */
function wireActions(pack: CoursePack, index: OfflineIndex): void {
	const done = document.querySelector<HTMLElement>('#pack-action-status')!;
	document.querySelector('#pack-print')!.addEventListener('click', () => {
		print();
	});
	document.querySelector('#pack-copy-link')!.addEventListener('click', () => {
		navigator.clipboard.writeText(shareLink(pack)).then(
			() => {
				done.textContent = '已复制分享链接。';
			},
			() => {
				done.textContent = '无法自动复制，请复制上面的链接。';
			},
		);
	});
	document.querySelector('#pack-markdown')!.addEventListener('click', () => {
		download(`${pack.title || '课程引用包'}.md`, packMarkdown(pack.title, resolvePack(pack, index, site)), 'text/markdown;charset=utf-8');
		done.textContent = '已导出 Markdown 文件。';
	});
}

async function start(): Promise<void> {
	const status = document.querySelector<HTMLElement>('#pack-status')!;
	const list = document.querySelector<HTMLOListElement>('#pack-list')!;
	const titleInput = document.querySelector<HTMLInputElement>('#pack-title')!;
	const share = document.querySelector<HTMLInputElement>('#pack-share')!;
	const pack = openingPack(document.querySelector<HTMLElement>('#pack-notes')!);

	let index: OfflineIndex;
	try {
		index = await loadOfflineIndex(base);
	} catch {
		status.textContent = '条款数据没有加载成功，无法显示引用包。';
		return;
	}

	const editor: Editor = {
		pack,
		save() {
			if (!savePack(pack)) status.textContent = '此浏览器不允许保存，修改只在本页有效。';
			share.value = shareLink(pack);
		},
		redraw(focus) {
			editor.save();
			render();
			list.querySelectorAll<HTMLElement>('li')[Math.min(focus, pack.items.length - 1)]?.querySelector('button')?.focus();
		},
	};
	const render = () => {
		titleInput.value = pack.title;
		const entries = resolvePack(pack, index, site);
		status.textContent = entries.length === 0 ? '引用包是空的。在文件、专题或搜索结果中点“加入课程引用包”添加条款。' : `共 ${entries.length} 条条款。`;
		list.replaceChildren(
			...entries.map((entry, i) => {
				const li = el('li', `pack-item ${entry.kind}`);
				li.dataset['clause'] = entry.item.id;
				li.append(...entryContent(entry), ...entryControls(entry, i, editor));
				return li;
			}),
		);
		editor.save();
		root.dataset['state'] = 'ready';
	};

	titleInput.addEventListener('input', () => {
		pack.title = titleInput.value;
		editor.save();
	});
	wireActions(pack, index);
	render();
}

void start();
