/**
 * How a page hands its inline scripts what differs from page to page (relative URLs, which
 * depend on the page's depth): as data attributes on the script element itself.
 */

/** The `data-*` attribute `name` (camelCase) of the inline script now running; read it while the script first runs. */
export function scriptData(name: string): string {
	const value = document.currentScript?.dataset[name];
	if (value === undefined) throw new Error(`this script needs a data attribute ${name}`);
	return value;
}
