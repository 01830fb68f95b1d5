/**
 * Read from disk (file://), the home page is an unzipped offline copy: the ZIP it offers is not
 * inside the ZIP, so its link would be broken. There the download paragraph gives way to the
 * day the copy was built and where a newer one may be found, which the page renders hidden.
 * The installed copy (kept by the service worker) says the same while it is offline, when it
 * cannot have seen a newer build; online, the service worker offers a newer build itself.
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

/** In the installed copy, shows the copy's build date while the network is off, and hides it again once it is back. */
export function showCopyDateWhenInstalledOffline(): void {
	if (!location.protocol.startsWith('http') || !('serviceWorker' in navigator)) return;
	const note = document.querySelector<HTMLElement>('[data-offline-copy]');
	if (!note) return;
	const update = () => {
		note.hidden = navigator.serviceWorker.controller === null || navigator.onLine;
	};
	update();
	addEventListener('offline', update);
	addEventListener('online', update);
}
