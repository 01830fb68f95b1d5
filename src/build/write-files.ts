/**
 * Writing many generated files of the site in a worker thread, so the build's thread goes on
 * with the next step meanwhile. The short-link pages are one per clause id (258,000 files at
 * 10,000 documents): writing them took 5 s of the main thread, while the search index's last
 * step, which comes next and reads none of them, waited.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runInWorker } from './run-in-worker.ts';

/** Files to write under `root`: each path relative to it, with its text. */
export interface FilesJob {
	root: string;
	files: [path: string, text: string][];
}

/** Writes the job's files, making each folder once; an error names the file. Returns how many were written. */
export function writeFiles({ root, files }: FilesJob): number {
	const made = new Set<string>();
	for (const [path, text] of files) {
		const file = join(root, path);
		try {
			const folder = dirname(file);
			if (!made.has(folder)) {
				mkdirSync(folder, { recursive: true });
				made.add(folder);
			}
			writeFileSync(file, text);
		} catch (error) {
			throw new Error(`could not write ${path} in ${root}: ${(error as Error).message}`, { cause: error });
		}
	}
	return files.length;
}

/** writeFiles in a worker thread. */
export function writeFilesInWorker(job: FilesJob): Promise<number> {
	return runInWorker(new URL('./write-files-worker.ts', import.meta.url), job, 'the site file writer');
}

/**
 * Steps still writing into the site while the build goes on (see writeFilesInWorker). The last
 * step waits for them before it lists the site's files. A failure is kept for `settled`, not
 * thrown where nobody waits.
 */
export class BackgroundWrites {
	readonly #pending: Promise<unknown>[] = [];

	add(writing: Promise<unknown>): void {
		writing.catch(() => undefined);
		this.#pending.push(writing);
	}

	/** Resolves once every write added has finished; rejects with the first failure. */
	async settled(): Promise<void> {
		await Promise.all(this.#pending);
	}
}
