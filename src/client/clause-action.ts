/**
 * How the copy and course-pack buttons reach the copy script, which loads only on first use
 * (assets/copy.js): the page's small loader fetches it, then hands each press over as a
 * `clause-action` event on the button. The two scripts share this module, and no globals.
 */

const CLAUSE_ACTION = 'clause-action';

/** The copy and course-pack buttons of a page. */
export const CLAUSE_ACTION_BUTTONS = '[data-copy], [data-pack-add]';

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
