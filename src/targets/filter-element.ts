/**
 * `<targets-filter>`, around the filter form of the targets page. The page reads and prints in
 * full without it; once defined, it shows the form, narrows the table by topic, document, level
 * and period (hiding measure groups and topics left empty), and keeps the choice in the address
 * (targets.html?topic=funding) so a filtered table can be linked. The page inlines it as a
 * classic script (`?script`), which also runs from disk.
 */
import { FILTERS, countText, matches, type Filter, type RowFacts } from './filter.ts';

function factsOf(row: HTMLElement): RowFacts {
	const d = row.dataset;
	return { topics: (d['topics'] ?? '').split(' '), document: d['document'] ?? '', level: d['level'] ?? '', period: d['period'] ?? '' };
}

class TargetsFilter extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector('form');
		if (!form) return;
		const selects = FILTERS.map((name) => form.elements.namedItem(name)).filter((el): el is HTMLSelectElement => el instanceof HTMLSelectElement);
		const asked = new URLSearchParams(location.search);
		for (const s of selects) {
			const wanted = asked.get(s.name);
			if (wanted !== null && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
		}
		const apply = () => {
			this.#apply(selects);
		};
		form.addEventListener('change', apply);
		// A reset clears the selects after the event: read them once it is done.
		form.addEventListener('reset', () => {
			setTimeout(apply);
		});
		form.addEventListener('submit', (e) => {
			e.preventDefault();
		});
		form.hidden = false;
		apply();
	}

	#apply(selects: HTMLSelectElement[]): void {
		const filter: Filter = Object.fromEntries(selects.map((s) => [s.name, s.value]));
		const rows = [...document.querySelectorAll<HTMLElement>('.target-row')];
		let shown = 0;
		for (const row of rows) {
			row.hidden = !matches(factsOf(row), filter);
			if (!row.hidden) shown++;
		}
		// A measure group or a topic with nothing left to show goes too.
		for (const group of document.querySelectorAll<HTMLElement>('.target-family')) group.hidden = !group.querySelector('.target-row:not([hidden])');
		for (const topic of document.querySelectorAll<HTMLElement>('.targets-topic')) topic.hidden = !topic.querySelector('.target-row:not([hidden])');
		const status = this.querySelector('.targets-count');
		if (status) status.textContent = countText(shown, rows.length);
		const query = new URLSearchParams(selects.filter((s) => s.value !== '').map((s) => [s.name, s.value]));
		try {
			history.replaceState(null, '', `${location.pathname}${query.size > 0 ? `?${query.toString()}` : ''}${location.hash}`);
		} catch {
			// A browser may refuse to change the address of a page opened from disk; the filter still works.
		}
	}
}

customElements.define('targets-filter', TargetsFilter);
