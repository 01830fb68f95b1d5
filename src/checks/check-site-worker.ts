import { parentPort, workerData } from 'node:worker_threads';
import { postNote, released } from '../build/run-in-worker.ts';
import { checkSite, type CheckJob } from './check-site.ts';

/** Runs the output verifier in a worker thread (see checkSiteInWorker); pending files are read once the parent releases it. */
const job = workerData as CheckJob;
parentPort!.postMessage(
	await checkSite(job, released(parentPort!), (digests) => {
		postNote(parentPort!, digests);
	}),
);
