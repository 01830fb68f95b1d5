import { parentPort, workerData } from 'node:worker_threads';
import { checkSite, type CheckJob } from './check-site.ts';

/** Runs the output verifier in a worker thread (see checkSiteInWorker). */
parentPort!.postMessage(await checkSite(workerData as CheckJob));
