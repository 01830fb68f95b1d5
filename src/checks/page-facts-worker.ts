import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { pageFacts } from './page-facts.ts';

/** Reads the facts of the pages it is given (see readPageFacts), in a worker thread. */
const { root, files } = workerData as { root: string; files: string[] };
const out: { file: string; facts: ReturnType<typeof pageFacts>; placeholder: boolean }[] = [];
for (const file of files) {
	const html = readFileSync(join(root, file), 'utf8');
	out.push({ file, facts: pageFacts(html), placeholder: html.includes('⟦') });
}
parentPort!.postMessage(out);
