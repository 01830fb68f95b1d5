/**
 * Inlined in document and topic pages: the copy and course-pack buttons. Their script loads the
 * first time a reader presses one, so reading loads no script file. The page gives its relative
 * URL as `data-copy-script` on the script element.
 */
import { CLAUSE_ACTION_BUTTONS, requestClauseAction } from './clause-action.ts';
import { loadScript } from './load-script.ts';
import { scriptData } from './script-data.ts';

const copyScript = scriptData('copyScript');
let loading: Promise<void> | undefined;
let loaded = false;

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
