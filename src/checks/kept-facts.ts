/**
 * The page facts of the last build, kept in the build cache by each page's content digest, so a
 * rebuild parses only the pages that changed: parsing every page was nearly all of the
 * verifier's time (7 s of a 1,000-document build, over a minute at 10,000). The checks
 * themselves still run over every page of every build.
 *
 * The file is a stream of records, each a 4-byte length and a V8-serialised value, written and
 * read one record at a time: at 10,000 documents the facts take a gigabyte, and a single
 * buffer of them would raise the build's peak memory, which the verifier already sets. The
 * first record names the code that read the facts; facts read by other code are not reused.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PageReading } from './page-facts.ts';

/** The code whose output the kept facts are: the fact reader, its worker and its HTML parser. */
export function factsReader(): string {
	const hash = createHash('sha256');
	for (const file of ['./page-facts.ts', './page-facts-worker.ts']) hash.update(readFileSync(new URL(file, import.meta.url)));
	hash.update(readFileSync(findPackageJSON('node-html-parser', import.meta.url)!));
	return hash.digest('hex');
}

/** The facts kept in `file` by the same reader, by content digest; none when there is no such file or it was read by other code. */
export function readKeptFacts(file: string, reader: string): Map<string, PageReading> {
	const kept = new Map<string, PageReading>();
	if (!existsSync(file)) return kept;
	const fd = openSync(file, 'r');
	try {
		let at = 0;
		const next = (): unknown => {
			const head = Buffer.alloc(4);
			if (readSync(fd, head, 0, 4, at) < 4) return undefined;
			const body = Buffer.alloc(head.readUInt32LE(0));
			if (readSync(fd, body, 0, body.length, at + 4) < body.length) throw new Error('cut short');
			at += 4 + body.length;
			return deserialize(body);
		};
		if (next() !== reader) return kept;
		for (let r = next(); r !== undefined; r = next()) {
			const [digest, reading] = r as [string, PageReading];
			kept.set(digest, reading);
		}
		return kept;
	} catch {
		// A damaged file only means nothing is reused.
		return new Map();
	} finally {
		closeSync(fd);
	}
}

/** Keeps `byDigest` in `file` for the next build, written beside it first so a stopped build leaves the old file whole. */
export function keepFacts(file: string, reader: string, byDigest: ReadonlyMap<string, PageReading>): void {
	mkdirSync(dirname(file), { recursive: true });
	const partial = `${file}.partial`;
	const fd = openSync(partial, 'w');
	try {
		const write = (value: unknown) => {
			const body = serialize(value);
			const head = Buffer.alloc(4);
			head.writeUInt32LE(body.length, 0);
			writeSync(fd, head);
			let done = 0;
			while (done < body.length) done += writeSync(fd, body, done);
		};
		write(reader);
		for (const entry of byDigest) write(entry);
	} finally {
		closeSync(fd);
	}
	renameSync(partial, file);
}
