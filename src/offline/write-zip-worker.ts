import { parentPort, workerData } from 'node:worker_threads';
import { writeZip, type ZipJob } from './write-zip.ts';

/** Writes the offline copy's ZIP in a worker thread (see writeZipInWorker). */
parentPort!.postMessage(await writeZip(workerData as ZipJob));
