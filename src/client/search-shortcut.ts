/** "/" focuses the search box (the search page's own, or the header's), unless the reader is typing somewhere. */

/** Listens for "/" on the whole page. */
export function focusSearchOnSlash(): void {
	document.addEventListener('keydown', (event) => {
		const target = event.target;
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
		if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
		event.preventDefault();
		(document.getElementById('search-query') ?? document.getElementById('site-search'))?.focus();
	});
}
