/**
 * The offline copy's ZIP, written in a worker thread (see writeZipInWorker). On the main thread,
 * beside the build's gigabytes of heap, each of the garbage collections the file buffers set off
 * scanned that heap: a 10,000-document site's ZIP took 97 s there and 38 s in a fresh heap.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInWorker } from '../build/run-in-worker.ts';
import { EXPORT_SIZE_MARKER, formatSize } from './export.ts';
import { ZipReuse } from './zip-reuse.ts';
import { ZipWriter } from './zip-writer.ts';

/** What writing the ZIP needs: the site, the archive's name and date, its files, and the archive kept from the last build. */
export interface ZipJob {
	root: string;
	zipName: string;
	buildDate: string;
	siteFilePaths: string[];
	/** zlib's level */
	level: number;
	/** where the last build's archive is kept, and whether to ignore it */
	keptIn: string;
	force: boolean;
}

/** Pages' SHA-256 (hex) by path, as the verifier read them: where the kept archive has those bytes, the page is not read again. */
export type KnownDigests = Map<string, string>;

/**
 * Writes the ZIP (writeZip) in a worker thread; resolves to its size and how many files it took
 * over from the last build's. With `known`, the worker reads what the last build kept at once,
 * then waits for the digests (released to it; none if `known` gives undefined).
 */
export function writeZipInWorker(job: ZipJob, known?: Promise<KnownDigests | undefined>): Promise<{ size: number; reused: number }> {
	return runInWorker(new URL('./write-zip-worker.ts', import.meta.url), { job, awaitKnown: known !== undefined }, "the offline copy's worker", {
		...(known ? { release: known } : {}),
	});
}

/**
 * Writes the ZIP in one streaming pass, with the home page last and stored uncompressed. The
 * home page states the ZIP's own size, so that size is computed from the bytes already written
 * and the home page's length: it settles in a round or two, and the archive is checked against it.
 */
export async function writeZip(
	{ root, zipName, buildDate, siteFilePaths, level, keptIn, force }: ZipJob,
	knownLater?: Promise<KnownDigests | undefined>,
): Promise<{ size: number; reused: number }> {
	// The kept archive's record is read while the digests are still being made (2 s at 10,000 documents).
	const reuse = new ZipReuse(keptIn, level, force);
	const known = await knownLater;
	const home = join(root, 'index.html');
	const template = readFileSync(home, 'utf8');
	if (!template.includes(EXPORT_SIZE_MARKER)) throw new Error(`index.html has no ${EXPORT_SIZE_MARKER} marker for the offline copy's size`);
	const folder = zipName.replace(/\.zip$/, '');
	const zip = new ZipWriter(join(root, zipName), new Date(`${buildDate}T00:00:00Z`));
	try {
		const files = siteFilePaths.filter((f) => f !== zipName && f !== 'index.html');
		await zip.addAll(
			files.map((f) => {
				const digest = known?.get(f);
				return {
					name: `${folder}/${f}`,
					path: f,
					read: () => readFileSync(join(root, f)),
					kept: digest === undefined ? undefined : () => reuse.findByDigest(f, digest),
				};
			}),
			level,
			(f, data) => reuse.find(f.path, data),
		);
		const homeName = `${folder}/index.html`;
		let shown = '…';
		let page = Buffer.from(template.replace(EXPORT_SIZE_MARKER, shown));
		for (let round = 0; formatSize(zip.sizeWithStored(homeName, page.length)) !== shown; round++) {
			if (round === 4) throw new Error(`the offline copy's size did not settle (last ${shown})`);
			shown = formatSize(zip.sizeWithStored(homeName, page.length));
			page = Buffer.from(template.replace(EXPORT_SIZE_MARKER, shown));
		}
		const expected = zip.sizeWithStored(homeName, page.length);
		zip.addStored(homeName, page);
		const actual = zip.close();
		if (actual !== expected) throw new Error(`the offline copy is ${actual} bytes, but its home page states ${formatSize(expected)} (${expected} bytes)`);
		writeFileSync(home, page);
		reuse.keep(join(root, zipName), zip.written(), (name) => name.slice(folder.length + 1));
		return { size: actual, reused: reuse.reused };
	} catch (error) {
		zip.abandon();
		reuse.close();
		throw error;
	}
}
