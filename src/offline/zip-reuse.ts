/**
 * The last build's offline copy, kept in the build cache so that a rebuild compresses only the
 * files that changed. Compressing every file was the ZIP's whole cost (4 s of a 1,000-document
 * build, nearly 2 minutes at 10,000), while an edit changes a handful of pages. A file is reused
 * when its bytes' SHA-256 is the one recorded for the same path: its compressed bytes and CRC are
 * then copied from the kept archive. The record also names the zlib version and level, so a
 * different compressor starts afresh, and the kept archive's size, so a damaged one is ignored.
 */
import { closeSync, constants, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Compressed, WrittenEntry } from './zip-writer.ts';

const ARCHIVE = 'previous.zip';
/**
 * How much of the kept archive is read at once. Files are reused in the order they were kept, so
 * their bytes lie one after another: one read per file (and a buffer each) cost 280,000 reads at
 * 10,000 documents.
 */
const READ_AHEAD = 8 << 20;
const RECORD = 'entries.json';

/** One file of the kept archive: [SHA-256 of its bytes, CRC, method, size, compressed size, where its compressed bytes start]. */
const keptEntry = z.tuple([z.string(), z.number(), z.union([z.literal(0), z.literal(8)]), z.number(), z.number(), z.number()]);
const record = z.object({ compressor: z.string(), archiveBytes: z.number(), entries: z.record(z.string(), keptEntry) });
type Record = z.infer<typeof record>;

/** The compressor whose output is kept: another zlib or level gives other bytes. */
const compressorOf = (level: number) => `zlib ${process.versions.zlib} level ${level}`;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export class ZipReuse {
	readonly #dir: string;
	readonly #compressor: string;
	readonly #kept: Record['entries'];
	#fd: number | undefined;
	/** the part of the kept archive read last, and where in it that part starts */
	#window: { at: number; bytes: Buffer } | undefined;
	/** the digest of every file looked up, to record with the new archive */
	readonly #digests = new Map<string, string>();
	#reused = 0;

	/** The kept archive in `dir`, if there is one made by the same compressor; `ignore` starts afresh (a forced build). */
	constructor(dir: string, level: number, ignore = false) {
		this.#dir = dir;
		this.#compressor = compressorOf(level);
		const kept = ignore ? undefined : readRecord(dir);
		const usable = kept !== undefined && kept.compressor === this.#compressor && archiveBytes(dir) === kept.archiveBytes;
		this.#kept = usable ? kept.entries : {};
		this.#fd = usable ? openSync(join(dir, ARCHIVE), 'r') : undefined;
	}

	/** The compressed bytes of the file at `path` (relative to the site), when the kept archive has these very bytes there. */
	find(path: string, data: Buffer): Compressed | undefined {
		return this.findByDigest(path, sha256(data), data.length);
	}

	/**
	 * The same, for a file whose SHA-256 (hex) is already known (the verifier read it): the file
	 * need not be read at all. Undefined when the kept archive has other bytes there.
	 */
	findByDigest(path: string, digest: string, size?: number): Compressed | undefined {
		this.#digests.set(path, digest);
		const kept = this.#kept[path];
		if (this.#fd === undefined || kept === undefined || kept[0] !== digest || (size !== undefined && kept[3] !== size)) return undefined;
		const [, crc, method, original, compressed, at] = kept;
		const body = this.#readKept(this.#fd, at, compressed);
		if (body === undefined) return undefined;
		this.#reused++;
		return { crc, method, body, size: original };
	}

	/**
	 * `length` bytes of the kept archive from `at`, or undefined when it ends before. A window once
	 * read is never written to again (a new one is made), so bytes handed out stay as they are.
	 */
	#readKept(fd: number, at: number, length: number): Buffer | undefined {
		const w = this.#window;
		if (w && at >= w.at && at + length <= w.at + w.bytes.length) return w.bytes.subarray(at - w.at, at - w.at + length);
		const bytes = Buffer.allocUnsafe(Math.max(length, READ_AHEAD));
		let read = 0;
		while (read < bytes.length) {
			const n = readSync(fd, bytes, read, bytes.length - read, at + read);
			if (n === 0) break;
			read += n;
		}
		if (read < length) return undefined;
		this.#window = { at, bytes: bytes.subarray(0, read) };
		return bytes.subarray(0, length);
	}

	/** How many files were copied from the kept archive. */
	get reused(): number {
		return this.#reused;
	}

	/**
	 * Keeps a copy of the archive just written at `zipPath` for the next build, with the record of its files; `pathOf` gives a file's path
	 * in the site from its name in the archive. Files never looked up (the home page) are not kept.
	 */
	keep(zipPath: string, written: WrittenEntry[], pathOf: (name: string) => string): void {
		this.close();
		mkdirSync(this.#dir, { recursive: true });
		// The record goes first: a build stopped in between leaves a record whose size check fails.
		rmSync(join(this.#dir, RECORD), { force: true });
		const archive = join(this.#dir, ARCHIVE);
		rmSync(archive, { force: true });
		// A copy, not a link: the published archive is the site's, and whatever happens to it must
		// not change what the next build copies from.
		copyFileSync(zipPath, archive, constants.COPYFILE_FICLONE);
		const entries: Record['entries'] = {};
		for (const e of written) {
			const path = pathOf(e.name);
			const digest = this.#digests.get(path);
			if (digest !== undefined) entries[path] = [digest, e.crc, e.method, e.size, e.compressed, e.dataOffset];
		}
		const kept: Record = { compressor: this.#compressor, archiveBytes: statSync(archive).size, entries };
		writeFileSync(join(this.#dir, RECORD), JSON.stringify(kept));
	}

	/** Lets go of the kept archive. */
	close(): void {
		if (this.#fd !== undefined) closeSync(this.#fd);
		this.#fd = undefined;
		this.#window = undefined;
	}
}

/** Whether `dir` holds an archive kept by an earlier build (it may still prove unusable: another compressor, a damaged file). */
export function hasKeptArchive(dir: string): boolean {
	return existsSync(join(dir, RECORD)) && existsSync(join(dir, ARCHIVE));
}

function readRecord(dir: string): Record | undefined {
	const file = join(dir, RECORD);
	if (!existsSync(file)) return undefined;
	// A record this build cannot read (an older format, a damaged file) only means nothing is reused.
	try {
		const parsed = record.safeParse(JSON.parse(readFileSync(file, 'utf8')));
		return parsed.success ? parsed.data : undefined;
	} catch {
		return undefined;
	}
}

function archiveBytes(dir: string): number | undefined {
	const file = join(dir, ARCHIVE);
	return existsSync(file) ? statSync(file).size : undefined;
}
