/**
 * Each clause's text targets kept in the build cache between builds, by a digest of what they
 * depend on (the clause's text blocks and its document's 文种), so a rebuild runs the rules only
 * on clauses whose text changed: running them on every clause took 2.4 s of a 10,000-document
 * rebuild, on the path every page waits for. The record file (src/build/record-file.ts) names
 * the code of the rules; targets found by other code are not reused.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { codeDigest } from '../build/code-digest.ts';
import { readKeyedRecords, writeKeyedRecords } from '../build/record-file.ts';
import type { Clause } from '../library/types.ts';
import { textTargets, type TextTarget } from './extract-targets.ts';

/** Clauses kept in one record (see writeKeyedRecords): one record a clause (248,231 at 10,000 documents) made reading and writing them cost most of what they save. */
const PER_RECORD = 1024;

/**
 * The code of the rules: every module of this folder (the rules use most of them). Read from
 * the source, so this is called where the source is at hand (the build settings integration),
 * not from the pages' bundle.
 */
export function targetsCode(): string {
	const folder = new URL('./', import.meta.url);
	const files = readdirSync(folder)
		.filter((f) => f.endsWith('.ts'))
		.sort()
		.map((f) => new URL(f, folder));
	// and the record file's layout
	return codeDigest({ files: [...files, new URL('../build/record-file.ts', import.meta.url)] });
}

/** What a clause's text targets depend on. */
function textDigest(clause: Pick<Clause, 'blocks'>, genre: string): string {
	const hash = createHash('sha256').update(genre);
	for (const block of clause.blocks) if (block.kind === 'text') hash.update('\0').update(block.text);
	return hash.digest('base64url');
}

export class KeptTargets {
	readonly #file: string;
	readonly #code: string;
	readonly #kept: Map<string, TextTarget[]>;
	/** this build's text targets, by digest: what is kept for the next */
	readonly #used = new Map<string, TextTarget[]>();
	#found = 0;

	/** The text targets kept in `file` by the rules of `code`; `ignore` starts afresh (a forced build). */
	constructor(file: string, code: string, ignore = false) {
		this.#file = file;
		this.#code = code;
		this.#kept = ignore ? new Map<string, TextTarget[]>() : readKeyedRecords(file, code);
	}

	/** textTargets, from those kept when the clause's text and 文种 are unchanged. */
	readonly find = (clause: Clause, genre: string): TextTarget[] => {
		const digest = textDigest(clause, genre);
		let found = this.#used.get(digest) ?? this.#kept.get(digest);
		if (found === undefined) {
			found = textTargets(clause, genre);
			this.#found++;
		}
		this.#used.set(digest, found);
		return found;
	};

	/** How many clauses the rules read, rather than taking their targets from the kept ones. */
	get found(): number {
		return this.#found;
	}

	/** Keeps this build's text targets for the next, when they differ from those kept. */
	keep(): void {
		if (this.#found === 0 && this.#used.size === this.#kept.size) return;
		writeKeyedRecords(this.#file, this.#code, this.#used, PER_RECORD);
	}
}
