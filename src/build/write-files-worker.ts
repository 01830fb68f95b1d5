import { parentPort, workerData } from 'node:worker_threads';
import { writeFiles, type FilesJob } from './write-files.ts';

/** Writes files in a worker thread (see writeFilesInWorker). */
parentPort!.postMessage(writeFiles(workerData as FilesJob));
