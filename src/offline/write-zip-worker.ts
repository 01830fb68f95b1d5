import { parentPort, workerData } from 'node:worker_threads';
import { released } from '../build/run-in-worker.ts';
import { writeZip, type KnownDigests, type ZipJob } from './write-zip.ts';

/** Writes the offline copy's ZIP in a worker thread (see writeZipInWorker); the pages' digests, if awaited, are released to it. */
const { job, awaitKnown } = workerData as { job: ZipJob; awaitKnown: boolean };
parentPort!.postMessage(await writeZip(job, awaitKnown ? (released(parentPort!) as Promise<KnownDigests | undefined>) : undefined));
