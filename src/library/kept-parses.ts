/**
 * The clause parses of the last build, kept in the build cache by each document body's digest,
 * so a rebuild parses with the MDX parser only the documents that changed: parsing was most of
 * reading the library (2 s of a 1,000-document build, 25 s at 10,000). A parse is a pure
 * function of the file's name, its body and where the body starts, so that is what the digest
 * covers; the record file (src/build/record-file.ts) names the parser's code and versions, and
 * a parse kept by another parser is not reused. Problems found in a file are kept with its
 * parse, so a bad file is reported the same way from the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { codeDigest } from '../build/code-digest.ts';
import { readRecordFile, writeRecordFile } from '../build/record-file.ts';
import { runInWorker } from '../build/run-in-worker.ts';
import { parseClauses } from './parse-clauses.ts';

type Parse = ReturnType<typeof parseClauses>;

/** What a parse is a function of: the file's name, its body, and the line the body starts after. */
export interface ParseInput {
	filePath: string;
	body: string;
	bodyLineOffset: number;
}

/** The digest a parse is kept by. */
function parseDigest(file: string, body: string, lineOffset: number): string {
	return createHash('sha256').update(`${file}\0${lineOffset}\0`).update(body).digest('base64url');
}

/** Parses and serialises documents (the work of one parse worker, see KeptParses.prepare). */
export function parseShare(share: readonly ParseInput[]): [string, Uint8Array][] {
	return share.map(({ filePath, body, bodyLineOffset }) => [
		parseDigest(filePath, body, bodyLineOffset),
		serialize(parseClauses(filePath, body, bodyLineOffset)),
	]);
}

/**
 * Splits documents into `count` shares of about the same length of text, longest first onto the
 * lightest share: parsing time follows the text's length.
 */
export function balancedShares<T extends { body: string }>(documents: readonly T[], count: number): T[][] {
	const shares = Array.from({ length: count }, () => ({ load: 0, items: [] as T[] }));
	for (const d of [...documents].sort((a, b) => b.body.length - a.body.length)) {
		const lightest = shares.reduce((a, b) => (b.load < a.load ? b : a));
		lightest.items.push(d);
		lightest.load += d.body.length;
	}
	return shares.map((s) => s.items).filter((items) => items.length > 0);
}

/** Fewer documents to parse than this are parsed in the build's own thread: starting a worker costs more. */
const WORKER_DOCUMENTS = 200;
/** At most this many parse workers. */
const MAX_WORKERS = 4;

/** The code whose output a kept parse is: the clause parser, the clause-id rule and the MDX parser's packages. */
function parserCode(): string {
	return codeDigest({
		files: [new URL('./parse-clauses.ts', import.meta.url), new URL('../schemas/clause-id.ts', import.meta.url)],
		packages: ['mdast-util-from-markdown', 'mdast-util-mdx', 'micromark-extension-mdxjs'],
	});
}

/**
 * parseClauses with the parses of the last build. Each parse is kept serialised, and a kept one
 * is deserialised afresh when used: the library builds on the parses it is given, and what is
 * kept for the next build must be the parse as the parser made it.
 */
export class KeptParses {
	readonly #file: string;
	readonly #parser = parserCode();
	readonly #kept = new Map<string, Uint8Array>();
	/** the parses of this build, serialised, by digest: what is kept for the next */
	readonly #used = new Map<string, Uint8Array>();
	/** parses made ahead in worker threads (prepare), by digest */
	readonly #ready = new Map<string, Uint8Array>();
	#parsed = 0;
	#preparedCount = 0;

	/** The parses kept in `file`; `ignore` starts afresh (a forced build). */
	constructor(file: string, ignore = false) {
		this.#file = file;
		if (!ignore)
			readRecordFile(file, this.#parser, (r) => {
				const [digest, parse] = r as [string, Uint8Array];
				this.#kept.set(digest, parse);
			});
	}

	/** parseClauses, from the kept parse when the same file had the same body. */
	readonly parse = (file: string, body: string, lineOffset = 0): Parse => {
		const digest = parseDigest(file, body, lineOffset);
		const kept = this.#used.get(digest) ?? this.#kept.get(digest);
		if (kept !== undefined) {
			this.#used.set(digest, kept);
			return deserialize(kept) as Parse;
		}
		const ready = this.#ready.get(digest);
		if (ready !== undefined) {
			this.#ready.delete(digest);
			this.#parsed++;
			this.#used.set(digest, ready);
			return deserialize(ready) as Parse;
		}
		const parse = parseClauses(file, body, lineOffset);
		this.#parsed++;
		this.#used.set(digest, serialize(parse));
		return parse;
	};

	/**
	 * Parses ahead, in worker threads, the documents whose parse is not kept, so that `parse`
	 * then finds every one made: until the library is built, the build's other cores were idle.
	 * With fewer than WORKER_DOCUMENTS to parse, or one core, it does nothing and `parse` parses
	 * each in this thread; `workers` sets the number of workers instead. A parse made in a worker
	 * is the parse made here, and is kept for the next build like it (tested).
	 */
	async prepare(documents: readonly ParseInput[], workers?: number): Promise<void> {
		const missing = documents.filter((d) => {
			const digest = parseDigest(d.filePath, d.body, d.bodyLineOffset);
			return !this.#kept.has(digest) && !this.#ready.has(digest);
		});
		// By default, a worker per core, as this thread only waits: none for a single worker.
		const fit = Math.min(MAX_WORKERS, availableParallelism(), Math.floor(missing.length / WORKER_DOCUMENTS));
		const count = workers ?? (fit >= 2 ? fit : 0);
		const workerModule = new URL('./parse-worker.ts', import.meta.url);
		// Code in Astro's bundle of the pages cannot locate the worker's module: it parses in its own thread.
		if (count < 1 || missing.length === 0 || !existsSync(fileURLToPath(workerModule))) return;
		const shares = balancedShares(
			missing.map(({ filePath, body, bodyLineOffset }) => ({ filePath, body, bodyLineOffset })),
			count,
		);
		let parsed: [string, Uint8Array][][];
		try {
			parsed = await Promise.all(shares.map((share) => runInWorker<[string, Uint8Array][]>(workerModule, share, "the clause parser's worker")));
		} catch {
			// Parsing ahead only saves time: a failed worker leaves its documents to `parse`, which
			// reports any problem in a file as it always does.
			return;
		}
		for (const [digest, bytes] of parsed.flat()) this.#ready.set(digest, bytes);
		this.#preparedCount += parsed.flat().length;
	}

	/** How many documents were parsed ahead in worker threads. */
	get prepared(): number {
		return this.#preparedCount;
	}

	/** How many documents were parsed rather than taken from the kept parses. */
	get parsed(): number {
		return this.#parsed;
	}

	/** Keeps this build's parses for the next, when they differ from those kept. */
	keep(): void {
		if (this.#parsed === 0 && this.#used.size === this.#kept.size) return;
		writeRecordFile(this.#file, this.#parser, this.#used);
		this.#kept.clear();
	}
}
