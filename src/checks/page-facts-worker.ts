import { parentPort, workerData } from 'node:worker_threads';
import { readShare } from './page-facts.ts';

/** Reads the facts of the pages it is given (see readPageFacts), in a worker thread. */
const { root, files, known } = workerData as { root: string; files: string[]; known: string[] };
parentPort!.postMessage(readShare(root, files, new Set(known)));
