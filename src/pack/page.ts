/**
 * The course pack page (pack.html). Reads the pack from a shared link or from this browser,
 * finds each clause in the offline index (a classic script, so the page works from disk too),
 * and lets the trainer title it, order it, annotate it, print it as a handout with a QR code per
 * clause, share it as a link, and export it as Markdown.
 */
import qrcode from 'qrcode-generator';
import { loadOfflineIndex, type OfflineIndex } from '../search/sources/offline-source.ts';
import { decodePack, encodePack, packMarkdown, resolvePack, type CoursePack } from './pack.ts';
import { loadPack, savePack } from './store.ts';

const root = document.querySelector<HTMLElement>('#pack')!;
const site = root.dataset['site']!;
const base = document.baseURI;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

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

function shareLink(pack: CoursePack): string {
	return `${new URL('pack.html', site).href}#${encodePack(pack)}`;
}

async function start(): Promise<void> {
	const status = document.querySelector<HTMLElement>('#pack-status')!;
	const list = document.querySelector<HTMLOListElement>('#pack-list')!;
	const titleInput = document.querySelector<HTMLInputElement>('#pack-title')!;
	const notes = document.querySelector<HTMLElement>('#pack-notes')!;

	let pack = loadPack();
	if (location.hash.includes('i=')) {
		const decoded = decodePack(location.hash);
		pack = decoded.pack;
		const p = el('p', 'note', `已从链接载入课程引用包（${pack.items.length} 条）。`);
		notes.append(p);
		for (const problem of decoded.problems) notes.append(el('p', 'absent', problem));
		if (!savePack(pack)) notes.append(el('p', 'note', '此浏览器不允许保存，关闭页面后修改不会保留。'));
	}

	let index: OfflineIndex;
	try {
		index = await loadOfflineIndex(base);
	} catch {
		status.textContent = '条款数据没有加载成功，无法显示引用包。';
		return;
	}

	const save = () => {
		if (!savePack(pack)) status.textContent = '此浏览器不允许保存，修改只在本页有效。';
		const share = document.querySelector<HTMLInputElement>('#pack-share')!;
		share.value = shareLink(pack);
	};

	const render = () => {
		titleInput.value = pack.title;
		const entries = resolvePack(pack, index, site);
		list.replaceChildren();
		status.textContent = entries.length === 0 ? '引用包是空的。在文件、专题或搜索结果中点“加入课程引用包”添加条款。' : `共 ${entries.length} 条条款。`;
		entries.forEach((entry, i) => {
			const li = el('li', `pack-item ${entry.kind}`);
			li.dataset['clause'] = entry.item.id;
			if (entry.kind === 'clause') {
				li.append(el('p', 'result-document', `《${entry.documentTitle}》`));
				const h = el('h2');
				const a = el('a', undefined, entry.label);
				a.href = new URL(`c/${entry.id}.html`, base).href;
				h.append(a);
				li.append(h);
				for (const line of entry.text.split('\n')) li.append(el('p', 'pack-text', line));
				const cite = el('p', 'pack-citation');
				cite.append(el('span', undefined, entry.citation));
				li.append(cite, qrSvg(entry.url));
				if (entry.viaAlias) li.append(el('p', 'note', `（原编号 ${entry.item.id} 已改为 ${entry.id}）`));
			} else if (entry.kind === 'removed') {
				li.append(el('h2', undefined, `${entry.label}（已删除）`));
				if (entry.successor) {
					const p = el('p', undefined, '接替它的条款：');
					const a = el('a', undefined, entry.successor.label);
					a.href = new URL(`c/${entry.successor.id}.html`, base).href;
					p.append(a);
					li.append(p);
				} else li.append(el('p', undefined, '此条款已删除，没有接替条款。'));
			} else {
				li.append(el('h2', undefined, entry.item.id), el('p', undefined, '库中没有这个条款。'));
			}
			const noteLabel = el('label', 'pack-note');
			noteLabel.append(el('span', undefined, '备注'));
			const note = el('textarea');
			note.value = entry.item.note;
			note.rows = 2;
			note.addEventListener('input', () => {
				pack.items[i]!.note = note.value;
				save();
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
					save();
					render();
					list.querySelectorAll<HTMLElement>('li')[Math.min(i, pack.items.length - 1)]?.querySelector('button')?.focus();
				});
				tools.append(b);
			};
			const name = entry.kind === 'clause' ? entry.label : entry.item.id;
			button('上移', `上移 ${name}`, () => pack.items.splice(i - 1, 0, pack.items.splice(i, 1)[0]!), i === 0);
			button('下移', `下移 ${name}`, () => pack.items.splice(i + 1, 0, pack.items.splice(i, 1)[0]!), i === pack.items.length - 1);
			button('移除', `移除 ${name}`, () => pack.items.splice(i, 1));
			li.append(noteLabel, tools);
			list.append(li);
		});
		save();
		root.dataset['state'] = 'ready';
	};

	titleInput.addEventListener('input', () => {
		pack.title = titleInput.value;
		save();
	});
	document.querySelector('#pack-print')!.addEventListener('click', () => print());
	document.querySelector('#pack-copy-link')!.addEventListener('click', async () => {
		const done = document.querySelector<HTMLElement>('#pack-action-status')!;
		try {
			await navigator.clipboard.writeText(shareLink(pack));
			done.textContent = '已复制分享链接。';
		} catch {
			done.textContent = '无法自动复制，请复制上面的链接。';
		}
	});
	document.querySelector('#pack-markdown')!.addEventListener('click', () => {
		const markdown = packMarkdown(pack.title, resolvePack(pack, index, site));
		const a = el('a');
		a.href = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
		a.download = `${pack.title || '课程引用包'}.md`;
		document.body.append(a);
		a.click();
		a.remove();
		document.querySelector<HTMLElement>('#pack-action-status')!.textContent = '已导出 Markdown 文件。';
	});
	render();
}

void start();
