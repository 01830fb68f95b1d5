import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { pageFacts, type WorkerResult } from './page-facts.ts';

/** Reads the facts of the pages it is given (see readPageFacts), in a worker thread; pages whose digest is known are only hashed. */
const { root, files, known } = workerData as { root: string; files: string[]; known: string[] };
const knownDigests = new Set(known);
const out: WorkerResult[] = [];
for (const file of files) {
	const bytes = readFileSync(join(root, file));
	const digest = createHash('sha256').update(bytes).digest('hex');
	if (knownDigests.has(digest)) {
		out.push({ file, digest });
		continue;
	}
	const html = bytes.toString('utf8');
	out.push({ file, digest, reading: { facts: pageFacts(html), placeholder: html.includes('⟦') } });
}
parentPort!.postMessage(out);
