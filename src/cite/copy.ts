/**
 * The copy controls' script, loaded on a document page the first time the reader opens a
 * clause's 引用 menu. Builds the link or citation with the same module as the rest of the
 * site, and writes it to the clipboard (with a fallback for browsers without the API).
 */
import { onClauseAction } from '../client/clause-action.ts';
import { addedToPackMessage, addToPack } from '../pack/store.ts';
import { markdownCitation, phraseLink, plainCitation, type CitationSource } from './citation.ts';

function source(section: HTMLElement): CitationSource {
	const article = section.closest<HTMLElement>('[data-document-title]')!.dataset;
	const d = section.dataset;
	return {
		documentTitle: article['documentTitle'] ?? '',
		number: d['number'] ?? '',
		title: d['heading'] ?? '',
		issuer: article['issuer'] || null,
		date: article['date'] || null,
		validity: article['validity'] || null,
		url: d['short'] ?? location.href,
		pinned: article['pinned'] ? { label: article['version'] ?? '', url: `${article['pinned']}#${section.id}` } : null,
	};
}

/** Text selected inside the clause (or remembered when its menu was opened), for a link that marks it. */
function selectedPhrase(section: HTMLElement): string {
	const selection = getSelection();
	if (selection && !selection.isCollapsed && selection.anchorNode && section.contains(selection.anchorNode)) return selection.toString();
	return section.dataset['phrase'] ?? '';
}

async function writeClipboard(text: string): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		const area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		document.body.append(area);
		area.select();
		// The one way to copy where the Clipboard API is missing or refused (file://, older browsers).
		// eslint-disable-next-line @typescript-eslint/no-deprecated
		const ok = document.execCommand('copy');
		area.remove();
		if (!ok) throw new Error('copy refused');
	}
}

/** Copies what `kind` asks for from the clause around `button`, and says so. */
export async function copyFromClause(button: HTMLElement, kind: string): Promise<void> {
	const section = button.closest<HTMLElement>('section.clause')!;
	const c = source(section);
	const phrase = selectedPhrase(section);
	const text =
		kind === 'link'
			? phraseLink(c.url, phrase)
			: kind === 'pinned' && c.pinned
				? phraseLink(c.pinned.url, phrase)
				: kind === 'md'
					? markdownCitation(c)
					: plainCitation(c);
	const status = section.querySelector<HTMLElement>('.copy-status');
	if (status) status.textContent = '';
	try {
		await writeClipboard(text);
		const linkDone = kind === 'pinned' ? `已复制${c.pinned?.label ?? ''}固定链接` : '已复制链接';
		if (status) status.textContent = kind === 'link' || kind === 'pinned' ? (phrase ? `${linkDone}（标出所选文字）` : linkDone) : '已复制引用';
	} catch {
		if (status) status.textContent = `无法自动复制，请手动复制：${text}`;
	}
	delete section.dataset['phrase'];
	const menu = button.closest('details');
	if (menu) {
		menu.open = false;
		menu.querySelector('summary')?.focus();
	}
	setTimeout(() => {
		if (status) status.textContent = '';
	}, 4000);
}

/** Adds the clause named by `button` (data-pack-add) to the course pack, and says so. */
export function addClauseToPack(button: HTMLElement): void {
	const count = addToPack(button.dataset['packAdd']!);
	const status = button.closest('section, article, li')?.querySelector<HTMLElement>('.copy-status');
	if (status) status.textContent = addedToPackMessage(count);
	const menu = button.closest('details');
	if (menu) menu.open = false;
}

// The page's loader (src/client/clause-actions.ts) hands over every press of a copy or course-pack button.
onClauseAction((button) => {
	if (button.dataset['packAdd']) addClauseToPack(button);
	else void copyFromClause(button, button.dataset['copy'] ?? 'cite');
});
