/**
 * Read from disk (file://), the home page is an unzipped offline copy: the ZIP it offers is not
 * inside the ZIP, so its link would be broken. There the download paragraph gives way to the
 * day the copy was built and where a newer one may be found, which the page renders hidden.
 */

/** From disk, swaps the home page's download paragraph for the copy's build date. */
export function showCopyDateFromDisk(): void {
	if (location.protocol !== 'file:') return;
	const download = document.querySelector('[data-offline-download]');
	const note = document.querySelector<HTMLElement>('[data-offline-copy]');
	if (!download || !note) return;
	download.remove();
	note.hidden = false;
}
