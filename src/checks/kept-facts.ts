/**
 * The page facts of the last build, kept in the build cache by each page's content digest, so a
 * rebuild parses only the pages that changed: parsing every page was nearly all of the
 * verifier's time (7 s of a 1,000-document build, over a minute at 10,000). The checks
 * themselves still run over every page of every build. They are kept as a record file (src/build/record-file.ts), whose first record names the code
 * that read the facts: facts read by other code are not reused.
 */
import { codeDigest } from '../build/code-digest.ts';
import { readRecordFile, writeRecordFile } from '../build/record-file.ts';
import type { PageReading } from './page-facts.ts';

/**
 * Facts kept in one record. One record a page (270,000 at 10,000 documents) took 2.5 s to write
 * and 2 s to read; in records of 256 pages, half that.
 */
const PER_RECORD = 256;

/** The code whose output the kept facts are: the fact reader, its worker and its HTML parser, and this file (which lays the records out). */
export function factsReader(): string {
	return codeDigest({
		files: [new URL('./page-facts.ts', import.meta.url), new URL('./page-facts-worker.ts', import.meta.url), new URL(import.meta.url)],
		packages: ['htmlparser2'],
	});
}

/** The facts kept in `file` by the same reader, by content digest; none when there is no such file or it was read by other code. */
export function readKeptFacts(file: string, reader: string): Map<string, PageReading> {
	const kept = new Map<string, PageReading>();
	readRecordFile(file, reader, (r) => {
		for (const [digest, reading] of r as [string, PageReading][]) kept.set(digest, reading);
	});
	return kept;
}

/** Keeps `byDigest` in `file` for the next build. */
export function keepFacts(file: string, reader: string, byDigest: ReadonlyMap<string, PageReading>): void {
	const all = [...byDigest];
	writeRecordFile(
		file,
		reader,
		Array.from({ length: Math.ceil(all.length / PER_RECORD) }, (_, i) => all.slice(i * PER_RECORD, (i + 1) * PER_RECORD)),
	);
}
