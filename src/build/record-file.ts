/**
 * A file of records kept in the build cache between builds: a stream of records, each a 4-byte
 * length and a V8-serialised value, and a length of 0 to end it. They are written and read one
 * record at a time, never as one buffer of the whole file: the kept data of a 10,000-document
 * library takes hundreds of megabytes, and such a buffer would raise the build's peak memory.
 * The first record names the code that made the data: a file made by other code is not read,
 * and neither is a damaged one; both only mean starting afresh.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Reads the records of an open file one after another from byte `at`; undefined at the end mark. Throws when the file is cut short. */
function recordCursor(fd: number, at: number): { next: () => unknown; at: () => number } {
	const head = Buffer.alloc(4);
	return {
		next: () => {
			// A record of length 0 ends the file; a file that stops before it is cut short.
			if (readSync(fd, head, 0, 4, at) < 4) throw new Error('cut short');
			const length = head.readUInt32LE(0);
			if (length === 0) return undefined;
			const body = Buffer.alloc(length);
			if (readSync(fd, body, 0, length, at + 4) < length) throw new Error('cut short');
			at += 4 + length;
			return deserialize(body) as unknown;
		},
		at: () => at,
	};
}

/**
 * Opens `file` and reads its maker record and the `count` after it: those records, and the byte
 * after them. Undefined when the file is missing, written by another maker, or ends before.
 */
function readLeading(file: string, maker: string, count: number): { values: unknown[]; at: number } | undefined {
	if (!existsSync(file)) return undefined;
	const fd = openSync(file, 'r');
	try {
		const cursor = recordCursor(fd, 0);
		if (cursor.next() !== maker) return undefined;
		const values: unknown[] = [];
		for (let i = 0; i < count; i++) {
			const value = cursor.next();
			if (value === undefined) return undefined;
			values.push(value);
		}
		return { values, at: cursor.at() };
	} catch {
		return undefined;
	} finally {
		closeSync(fd);
	}
}

/** Reads the records of `file` from byte `at` to its end mark into `each`; false, giving nothing, when it is missing or damaged. */
function readRecordsFrom(file: string, at: number, each: (value: unknown) => void): boolean {
	if (!existsSync(file)) return false;
	const fd = openSync(file, 'r');
	try {
		const cursor = recordCursor(fd, at);
		const values: unknown[] = [];
		for (let r = cursor.next(); r !== undefined; r = cursor.next()) values.push(r);
		// Only a file read to its end counts: a damaged one gives nothing rather than a part.
		for (const v of values) each(v);
		return true;
	} catch {
		return false;
	} finally {
		closeSync(fd);
	}
}

/** Reads every record of `file` into `each`, if the file was written by `maker`; false when it was not (or is missing or damaged). */
export function readRecordFile(file: string, maker: string, each: (value: unknown) => void): boolean {
	const opened = readLeading(file, maker, 0);
	return opened !== undefined && readRecordsFrom(file, opened.at, each);
}

/**
 * The first record of `file` after its `maker` record, read now, and a reader of the records
 * after it, to call later: for a file whose head says what the rest holds, so the head's reader
 * can start on it first. Undefined when the file is missing, written by other code, or cut short
 * in its head. `rest` reads every other record into `each` and returns true, or returns false
 * (giving nothing) if the file is damaged after all.
 */
export function readRecordHead(file: string, maker: string): { head: unknown; rest: (each: (value: unknown) => void) => boolean } | undefined {
	const opened = readLeading(file, maker, 1);
	if (opened === undefined) return undefined;
	return { head: opened.values[0], rest: (each) => readRecordsFrom(file, opened.at, each) };
}

/** Writes `values` to `file` as records after the `maker` record, beside it first, so a build stopped midway leaves the old file whole. */
export function writeRecordFile(file: string, maker: string, values: Iterable<unknown>): void {
	mkdirSync(dirname(file), { recursive: true });
	const partial = `${file}.partial`;
	const fd = openSync(partial, 'w');
	try {
		const head = Buffer.alloc(4);
		const write = (value: unknown) => {
			const body = serialize(value);
			head.writeUInt32LE(body.length, 0);
			writeSync(fd, head);
			let done = 0;
			while (done < body.length) done += writeSync(fd, body, done);
		};
		write(maker);
		for (const v of values) write(v);
		writeSync(fd, Buffer.alloc(4));
	} finally {
		closeSync(fd);
	}
	renameSync(partial, file);
}

/**
 * Writes a map to `file` as records of up to `perRecord` [key, value] pairs. One record a value
 * costs a serialisation and a read each: for the page facts of 10,000 documents (270,000 values)
 * that took 2.5 s to write and 2 s to read, and half that in records of 256.
 */
export function writeKeyedRecords<V>(file: string, maker: string, entries: ReadonlyMap<string, V>, perRecord: number): void {
	const all = [...entries];
	writeRecordFile(
		file,
		maker,
		Array.from({ length: Math.ceil(all.length / perRecord) }, (_, i) => all.slice(i * perRecord, (i + 1) * perRecord)),
	);
}

/** The map writeKeyedRecords kept in `file`, if `maker` wrote it; empty otherwise (missing, damaged or made by other code). */
export function readKeyedRecords<V>(file: string, maker: string): Map<string, V> {
	const kept = new Map<string, V>();
	readRecordFile(file, maker, (r) => {
		for (const [key, value] of r as [string, V][]) kept.set(key, value);
	});
	return kept;
}
