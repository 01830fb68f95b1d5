/**
 * `<clause-toc>`, around the sidebar's table of contents on wide screens: marks the entry of the
 * clause being read (aria-current) and keeps it in view inside the sidebar. Defined by the
 * inline script that follows the sidebar.
 */

class ClauseToc extends HTMLElement {
	#current: HTMLAnchorElement | undefined;

	connectedCallback(): void {
		// The clauses come after the sidebar in the page: observe them once they are all there.
		if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.#observe, { once: true });
		else this.#observe();
	}

	readonly #observe = (): void => {
		const links = new Map([...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
		if (!('IntersectionObserver' in window) || links.size === 0) return;
		const observer = new IntersectionObserver(
			(entries) => {
				for (const entry of entries) {
					const link = entry.isIntersecting ? links.get(entry.target.id) : undefined;
					if (link && link !== this.#current) this.#mark(link);
				}
			},
			// A clause counts as being read while it crosses the top 30% of the screen.
			{ rootMargin: '0px 0px -70% 0px' },
		);
		for (const id of links.keys()) {
			const clause = document.getElementById(id);
			if (clause) observer.observe(clause);
		}
	};

	#mark(link: HTMLAnchorElement): void {
		this.#current?.removeAttribute('aria-current');
		link.setAttribute('aria-current', 'true');
		this.#current = link;
		// Keep the current entry in view inside the sidebar, without moving the page.
		const bar = link.closest('.toc-sidebar');
		if (bar && (link.offsetTop < bar.scrollTop || link.offsetTop > bar.scrollTop + bar.clientHeight - 40))
			bar.scrollTop = link.offsetTop - bar.clientHeight / 3;
	}
}

customElements.define('clause-toc', ClauseToc);
