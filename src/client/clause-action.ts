/**
 * How the copy and course-pack buttons reach the copy script, which loads only on first use
 * (assets/copy.js): the page's small loader fetches it, then hands each press over as a
 * `clause-action` event on the button. The two scripts share this module, and no globals.
 */

const CLAUSE_ACTION = 'clause-action';

/** The copy and course-pack buttons of a page. */
export const CLAUSE_ACTION_BUTTONS = '[data-copy], [data-pack-add]';

/** One button of a clause's 引用 menu: its label and its data attributes (camelCase names). */
export interface CiteMenuButton {
	label: string;
	data: Record<string, string>;
}

/**
 * The buttons of clause `id`'s 引用 menu, in order. The pinned-version link is offered only on a
 * page whose version has one (its date is known).
 */
export function citeMenuButtons(id: string, pinned: boolean): CiteMenuButton[] {
	return [
		{ label: '复制链接', data: { copy: 'link' } },
		...(pinned ? [{ label: '复制固定版本链接', data: { copy: 'pinned' } }] : []),
		{ label: '复制引用', data: { copy: 'cite' } },
		{ label: '复制 Markdown', data: { copy: 'md' } },
		{ label: '加入课程引用包', data: { packAdd: id } },
	];
}

/** Hands a press of `button` to the copy script (in the page's loader). */
export function requestClauseAction(button: HTMLElement): void {
	button.dispatchEvent(new Event(CLAUSE_ACTION, { bubbles: true }));
}

/** Runs `handle` for every press handed over (in the copy script). */
export function onClauseAction(handle: (button: HTMLElement) => void): void {
	document.addEventListener(CLAUSE_ACTION, (event) => {
		if (event.target instanceof HTMLElement) handle(event.target);
	});
}
