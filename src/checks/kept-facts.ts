/**
 * The page facts of the last build, kept in the build cache by each page's content digest, so a
 * rebuild parses only the pages that changed: parsing every page was nearly all of the
 * verifier's time (7 s of a 1,000-document build, over a minute at 10,000). The checks
 * themselves still run over every page of every build. They are kept as a record file (src/build/record-file.ts), whose first record names the code
 * that read the facts: facts read by other code are not reused.
 */
import { codeDigest } from '../build/code-digest.ts';
import { readKeyedRecords, writeKeyedRecords } from '../build/record-file.ts';
import type { PageReading } from './page-facts.ts';

/** Facts kept in one record (see writeKeyedRecords). */
const PER_RECORD = 256;

/** The code whose output the kept facts are: the fact reader, its worker and its HTML parser, and the record file's layout. */
export function factsReader(): string {
	return codeDigest({
		files: [
			new URL('./page-facts.ts', import.meta.url),
			new URL('./page-facts-worker.ts', import.meta.url),
			new URL('../build/record-file.ts', import.meta.url),
		],
		packages: ['htmlparser2'],
	});
}

/** The facts kept in `file` by the same reader, by content digest; none when there is no such file or it was read by other code. */
export function readKeptFacts(file: string, reader: string): Map<string, PageReading> {
	return readKeyedRecords(file, reader);
}

/** Keeps `byDigest` in `file` for the next build. */
export function keepFacts(file: string, reader: string, byDigest: ReadonlyMap<string, PageReading>): void {
	writeKeyedRecords(file, reader, byDigest, PER_RECORD);
}
