/**
 * Inlined in document and topic pages: the copy and course-pack buttons. Their script loads the
 * first time a reader presses one, so reading loads no script file. The page gives its relative
 * URL as `data-copy-script` on the script element.
 */
import { CLAUSE_ACTION_BUTTONS, citeMenuButtons, requestClauseAction } from './clause-action.ts';
import { loadScript } from './load-script.ts';
import { scriptData } from './script-data.ts';

const copyScript = scriptData('copyScript');
let loading: Promise<void> | undefined;
let loaded = false;

/**
 * Fills a clause's 引用 menu with its buttons the first time it opens. The page ships each menu
 * empty: its buttons, written into every clause, were 7% of the document pages' bytes, and without
 * a script they could not copy anything anyway.
 */
function fillCiteMenu(menu: Element): void {
	const actions = menu.querySelector(':scope > .cite-actions');
	const clause = menu.closest<HTMLElement>('section.clause');
	if (!actions || !clause || actions.childElementCount > 0) return;
	const pinned = (clause.closest<HTMLElement>('[data-pinned]')?.dataset['pinned'] ?? '') !== '';
	for (const spec of citeMenuButtons(clause.id, pinned)) {
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = spec.label;
		for (const [name, value] of Object.entries(spec.data)) button.dataset[name] = value;
		actions.append(button);
	}
}
// A menu a reader opened before this script ran.
for (const menu of document.querySelectorAll('.cite-menu[open]')) fillCiteMenu(menu);
// On the press that opens it (a click, or Enter or Space on its summary), so the buttons are there
// for the next Tab; and on any other opening (toggle), such as the browser's find in page.
document.addEventListener(
	'click',
	(event) => {
		const menu = event.target instanceof Element ? event.target.closest('.cite-menu') : null;
		if (menu) fillCiteMenu(menu);
	},
	true,
);
document.addEventListener(
	'toggle',
	(event) => {
		if (event.target instanceof HTMLDetailsElement && event.target.matches('.cite-menu') && event.target.open) fillCiteMenu(event.target);
	},
	true,
);

// Opening a clause's menu would clear a text selection, so the selected phrase is remembered first.
document.addEventListener(
	'pointerdown',
	(event) => {
		const summary = event.target instanceof Element ? event.target.closest('.cite-menu summary') : null;
		const section = summary?.closest<HTMLElement>('section.clause');
		if (!section) return;
		const selection = getSelection();
		section.dataset['phrase'] = selection && !selection.isCollapsed && section.contains(selection.anchorNode) ? selection.toString() : '';
	},
	true,
);

document.addEventListener('click', (event) => {
	const button = event.target instanceof Element ? event.target.closest<HTMLElement>(CLAUSE_ACTION_BUTTONS) : null;
	if (!button) return;
	// Once loaded, within the press itself: the clipboard takes text only while the press counts as the reader's.
	if (loaded) {
		requestClauseAction(button);
		return;
	}
	loading ??= loadScript(copyScript).then(() => {
		loaded = true;
	});
	loading.then(
		() => {
			requestClauseAction(button);
		},
		() => {
			const status = button.closest('section, article')?.querySelector('.copy-status');
			if (status) status.textContent = '这个功能没有加载成功，请刷新页面后再试。';
			loading = undefined;
		},
	);
});
