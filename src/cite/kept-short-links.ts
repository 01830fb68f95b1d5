/**
 * Short-link pages taken from the published site when unchanged. A build writes its site afresh
 * into a staging folder, and the short links are most of its files (248,231 at 10,000 documents,
 * a gigabyte on disk in 4 KB blocks): writing them took 4 to 26 s of every rebuild, as the disk
 * still wrote back the build before. A page whose bytes are the same as the published one's is
 * hard-linked to it instead: the staging folder gets a name for the same file, and no data is
 * written. Nothing is ever written into a linked file (a changed page is a new file), so the
 * published site is not touched while the build runs.
 *
 * What the published pages hold is known from a list kept in the build cache: each page's digest,
 * and the identity of the short-link folder the build wrote them into (device, inode, birth and
 * change times), which the folder keeps when the staging folder becomes the published one. A
 * folder another build made, or one where a file was added, removed or renamed since, has another
 * identity, and every page is then written.
 */
import { createHash } from 'node:crypto';
import { linkSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readKeyedRecords, writeKeyedRecords } from '../build/record-file.ts';

/** The layout of the kept list; a list in another layout is not read. */
const FORMAT = 'short-links.v1';
/** Pages in one record of the kept list (see writeKeyedRecords). */
const PER_RECORD = 4096;

/** A folder's identity: the same folder, with no entry added, removed or renamed since. */
type FolderMark = string;

/** The identity of `dir`, or undefined when it is missing. */
export function folderMark(dir: string): FolderMark | undefined {
	const s = statSync(dir, { bigint: true, throwIfNoEntry: false });
	return s?.isDirectory() ? `${s.dev}:${s.ino}:${s.birthtimeNs}:${s.ctimeNs}` : undefined;
}

/** The kept list's maker record: its layout and the folder it describes, so a list of another folder is not read at all. */
const maker = (mark: FolderMark | undefined) => `${FORMAT} ${mark ?? 'no folder'}`;

function digest(html: string): string {
	return createHash('sha256').update(html).digest('base64url');
}

/** Where the kept list is, the published site whose pages it lists, and whether to ignore it (a forced build). */
export interface KeptShortLinksOptions {
	file: string;
	published: string;
	force: boolean;
}

/**
 * Writes the short-link pages of one build into `root`/`folder`: each page the published site
 * holds with the same bytes is linked to it, any other written. `finish` keeps the list for the
 * next build. Without `kept` (no cache, or building into the published folder itself) every page
 * is written.
 */
export class ShortLinkWriter {
	readonly #root: string;
	readonly #folder: string;
	readonly #kept: KeptShortLinksOptions | undefined;
	/** the published pages' digests by file, when the published folder is the one they were written into */
	readonly #published: Map<string, string>;
	/** this build's pages' digests by file */
	readonly #written = new Map<string, string>();
	#linked = 0;

	constructor(root: string, folder: string, kept?: KeptShortLinksOptions) {
		this.#root = root;
		this.#folder = folder;
		this.#kept = kept;
		this.#published = kept && !kept.force ? publishedDigests(kept.file, join(kept.published, folder)) : new Map<string, string>();
	}

	/** Puts `html` at `file` (a path under the folder, relative to the root). */
	write(file: string, html: string): void {
		const d = digest(html);
		this.#written.set(file, d);
		if (this.#published.get(file) === d) {
			try {
				linkSync(join(this.#kept!.published, file), join(this.#root, file));
				this.#linked++;
				return;
			} catch {
				// gone since (or another file system): written below like any other
			}
		}
		writeFileSync(join(this.#root, file), html);
	}

	/** Keeps this build's list for the next, with the folder's identity now that every page is in it; returns how many pages were linked and written. */
	finish(): { linked: number; written: number } {
		if (this.#kept) writeKeyedRecords(this.#kept.file, maker(folderMark(join(this.#root, this.#folder))), this.#written, PER_RECORD);
		return { linked: this.#linked, written: this.#written.size - this.#linked };
	}
}

/** The digests the kept list gives, if it describes the folder `dir` as it is now; none otherwise. */
function publishedDigests(file: string, dir: string): Map<string, string> {
	const now = folderMark(dir);
	return now === undefined ? new Map<string, string>() : readKeyedRecords<string>(file, maker(now));
}
