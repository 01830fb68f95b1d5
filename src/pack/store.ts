import type { CoursePack } from './pack.ts';

/** The browser's copy of the trainer's pack. */
const KEY = 'course-pack';

/** The pack kept in this browser (empty when there is none or storage is refused). */
export function loadPack(): CoursePack {
	try {
		const raw = localStorage.getItem(KEY);
		const data = raw ? (JSON.parse(raw) as Partial<CoursePack>) : {};
		return {
			title: typeof data.title === 'string' ? data.title : '',
			items: Array.isArray(data.items)
				? data.items.filter((i) => typeof i?.id === 'string').map((i) => ({ id: i.id, note: typeof i.note === 'string' ? i.note : '' }))
				: [],
		};
	} catch {
		return { title: '', items: [] };
	}
}

/** Keeps the pack; false when the browser refuses storage. */
export function savePack(pack: CoursePack): boolean {
	try {
		localStorage.setItem(KEY, JSON.stringify(pack));
		return true;
	} catch {
		return false;
	}
}

/** Adds a clause at the end (once); returns the number of clauses, or null when storage is refused. */
export function addToPack(id: string): number | null {
	const pack = loadPack();
	if (!pack.items.some((i) => i.id === id)) pack.items.push({ id, note: '' });
	return savePack(pack) ? pack.items.length : null;
}
