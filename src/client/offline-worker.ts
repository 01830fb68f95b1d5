/**
 * Keeps the library for reading offline once a reader has visited online: registers the
 * service worker (sw.js, made by the build), and when a new build is published, offers to show
 * it. Served pages only: from disk there is nothing to keep, the files are at hand.
 */
import { SKIP_WAITING } from '../offline/worker/protocol.ts';

/** Registers the service worker at `workerUrl` once the page is idle; `note` says so if the browser refuses. */
export function keepForOffline(workerUrl: string, note: HTMLElement | null): void {
	if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
	const container = navigator.serviceWorker;
	let refreshing = false;
	container.addEventListener('controllerchange', () => {
		// Reload only when the reader asked for the new build.
		if (!refreshing && document.querySelector('.update-banner')) {
			refreshing = true;
			location.reload();
		}
	});
	const register = () => {
		container
			.register(workerUrl)
			.then((registration) => {
				if (registration.waiting && container.controller) offerUpdate(registration.waiting);
				registration.addEventListener('updatefound', () => {
					const worker = registration.installing;
					worker?.addEventListener('statechange', () => {
						if (worker.state === 'installed' && container.controller) offerUpdate(worker);
					});
				});
			})
			.catch(() => {
				if (!note) return;
				note.textContent = '此浏览器不允许本站保存离线副本（可能关闭了存储），页面仍可在线阅读；也可从首页下载离线版。';
				note.hidden = false;
			});
	};
	// Only once the page has loaded and the browser is idle: keeping the library never competes with reading.
	const whenIdle = () => {
		if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 3000 });
		else setTimeout(register, 1000);
	};
	if (document.readyState === 'complete') whenIdle();
	else addEventListener('load', whenIdle, { once: true });
}

/** A bar saying a new build is ready, with a button that lets the waiting worker take over. */
function offerUpdate(worker: ServiceWorker): void {
	const bar = document.createElement('div');
	bar.className = 'update-banner';
	bar.setAttribute('role', 'status');
	bar.textContent = '条款库已更新，新版本已就绪。';
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = '刷新查看';
	button.addEventListener('click', () => {
		worker.postMessage(SKIP_WAITING);
	});
	bar.append(button);
	document.body.append(bar);
}
