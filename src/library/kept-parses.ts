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
import { deserialize, serialize } from 'node:v8';
import { codeDigest } from '../build/code-digest.ts';
import { readRecordFile, writeRecordFile } from '../build/record-file.ts';
import { parseClauses } from './parse-clauses.ts';

type Parse = ReturnType<typeof parseClauses>;

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
	#parsed = 0;

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
		const digest = createHash('sha256').update(`${file}\0${lineOffset}\0`).update(body).digest('base64url');
		const kept = this.#used.get(digest) ?? this.#kept.get(digest);
		if (kept !== undefined) {
			this.#used.set(digest, kept);
			return deserialize(kept) as Parse;
		}
		const parse = parseClauses(file, body, lineOffset);
		this.#parsed++;
		this.#used.set(digest, serialize(parse));
		return parse;
	};

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
