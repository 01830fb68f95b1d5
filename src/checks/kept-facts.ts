/**
 * The page facts of earlier builds, kept in the build cache by each page's content digest, so a
 * rebuild parses only the pages that changed: parsing every page was nearly all of the
 * verifier's time (7 s of a 1,000-document build, over a minute at 10,000). The checks
 * themselves still run over every page of every build.
 *
 * They are kept in a folder of record files (src/build/record-file.ts), each naming the code that
 * read the facts (facts read by other code are not reused) and, in its first record, the digests
 * it holds. The digests are read first, so the pages' readers start hashing at once while the
 * facts themselves are read (1.5 s at 10,000 documents). A build adds a file with the facts of
 * the pages no file holds yet, rather than writing every page's facts again (2.5 s at 10,000
 * documents for a rebuild that changed a few hundred pages); once the files hold many facts no
 * page has any more, or many files, one file with this build's facts replaces them all.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { codeDigest } from '../build/code-digest.ts';
import { readRecordHead, writeRecordFile } from '../build/record-file.ts';
import type { KnownFacts, PageReading } from './page-facts.ts';

/** Facts kept in one record (see writeKeyedRecords). */
const PER_RECORD = 256;
/** More files than this are put together into one. */
const MOST_FILES = 16;
/** Once the facts of pages no longer built are more than this share of those kept, the files are put together into one. */
const MOST_UNUSED = 0.25;

/** The code whose output the kept facts are: the fact reader, its worker and its HTML parser, and the files' layout. */
export function factsReader(): string {
	return codeDigest({
		files: [
			new URL('./page-facts.ts', import.meta.url),
			new URL('./page-facts-worker.ts', import.meta.url),
			new URL('./kept-facts.ts', import.meta.url),
			new URL('../build/record-file.ts', import.meta.url),
		],
		packages: ['htmlparser2'],
	});
}

const FILE = /^facts-(\d+)\.v8$/;

export class KeptFacts implements KnownFacts {
	readonly #dir: string;
	readonly #reader: string;
	/** the files read, with how many facts each holds and a reader of those */
	readonly #files: { count: number; rest: (each: (value: unknown) => void) => boolean }[] = [];
	/** files in the folder not read: written by other code, or damaged */
	#unreadable = 0;
	/** the highest number a file of the folder has */
	#last = 0;
	readonly digests: readonly string[];
	#facts: Map<string, PageReading> | undefined;

	/** The facts kept in folder `dir` by `reader`'s code; `ignore` starts afresh (a forced build). */
	constructor(dir: string, reader: string, ignore = false) {
		this.#dir = dir;
		this.#reader = reader;
		const names = (() => {
			try {
				return readdirSync(dir);
			} catch {
				return [];
			}
		})();
		const digests = new Set<string>();
		for (const name of names) {
			const n = FILE.exec(name)?.[1];
			if (n !== undefined) this.#last = Math.max(this.#last, Number(n));
			const opened = n === undefined || ignore ? undefined : readRecordHead(join(dir, name), reader);
			if (opened === undefined || !Array.isArray(opened.head)) {
				this.#unreadable++;
				continue;
			}
			const held = opened.head as string[];
			for (const d of held) digests.add(d);
			this.#files.push({ count: held.length, rest: opened.rest });
		}
		this.digests = [...digests];
	}

	facts(): ReadonlyMap<string, PageReading> {
		if (this.#facts) return this.#facts;
		const facts = new Map<string, PageReading>();
		for (const file of this.#files) {
			file.rest((r) => {
				for (const [digest, reading] of r as [string, PageReading][]) facts.set(digest, reading);
			});
		}
		this.#facts = facts;
		return facts;
	}

	/**
	 * Keeps `byDigest` (this build's facts) for the next build: in a new file with those no file
	 * holds yet, or, when the files hold too much that is no longer used (or are too many, or some
	 * could not be read), in one file replacing them all.
	 */
	keep(byDigest: ReadonlyMap<string, PageReading>): void {
		const held = new Set(this.digests);
		const added = [...byDigest].filter(([digest]) => !held.has(digest));
		const kept = this.#files.reduce((sum, f) => sum + f.count, 0);
		const used = byDigest.size - added.length;
		const together = this.#unreadable > 0 || this.#files.length + 1 > MOST_FILES || kept - used > MOST_UNUSED * (kept + added.length);
		if (!together && added.length === 0) return;
		const n = this.#last + 1;
		const facts = together ? [...byDigest] : added;
		writeRecordFile(join(this.#dir, `facts-${n}.v8`), this.#reader, [
			facts.map(([digest]) => digest),
			...Array.from({ length: Math.ceil(facts.length / PER_RECORD) }, (_, i) => facts.slice(i * PER_RECORD, (i + 1) * PER_RECORD)),
		]);
		// The new file is whole before the old ones go: a build stopped in between leaves facts twice, which is harmless.
		if (together) {
			for (const name of readdirSync(this.#dir)) if (name !== `facts-${n}.v8`) rmSync(join(this.#dir, name), { force: true, recursive: true });
		}
	}
}
