import { parentPort, workerData } from 'node:worker_threads';
import { parseShare, type ParseInput } from './kept-parses.ts';

/** Parses a share of documents in a worker thread (see KeptParses.prepare), answering each parse serialised, by digest. */
parentPort!.postMessage(parseShare(workerData as ParseInput[]));
