/**
 * The course pack kept in this browser's storage, for the pages that add to it (document,
 * topic and search pages) and the pack page. Storage may be refused (private modes, file://
 * in some browsers): every function says so rather than throwing.
 */
import type { CoursePack } from './pack.ts';

/** The browser's copy of the trainer's pack. */
const KEY = 'course-pack';

/** The pack kept in this browser (empty when there is none or storage is refused). */
export function loadPack(): CoursePack {
	try {
		const raw = localStorage.getItem(KEY);
		// Whatever is stored may be from an older page or edited by hand: every field is checked.
		const data = raw ? (JSON.parse(raw) as { title?: unknown; items?: unknown }) : {};
		const items: unknown[] = Array.isArray(data.items) ? data.items : [];
		return {
			title: typeof data.title === 'string' ? data.title : '',
			items: items
				.filter((i): i is { id: string; note?: unknown } => typeof (i as { id?: unknown } | null)?.id === 'string')
				.map((i) => ({ id: i.id, note: typeof i.note === 'string' ? i.note : '' })),
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

/** What a reader is told after adding a clause: the pack's new size, or that the browser refused to keep it. */
export function addedToPackMessage(count: number | null): string {
	return count === null ? '此浏览器不允许保存引用包。' : `已加入课程引用包（共 ${count} 条）`;
}
