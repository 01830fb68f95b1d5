/**
 * Runs a build step in a worker thread and waits for its one answer. The worker module posts its
 * result once; an error thrown there rejects here with its message, and so does a worker that
 * stops without answering. Used for the steps that would otherwise share the main thread or its
 * heap with rendering: the search index parts, the offline ZIP and the output verifier.
 */
import { Worker, type Transferable } from 'node:worker_threads';

export function runInWorker<T>(module: URL, workerData: unknown, what: string, transferList: readonly Transferable[] = []): Promise<T> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(module, { workerData, transferList: [...transferList] });
		let answered = false;
		worker.once('message', (result: T) => {
			answered = true;
			resolve(result);
		});
		worker.once('error', (error: Error) => {
			answered = true;
			reject(error);
		});
		worker.once('exit', (code) => {
			if (!answered) reject(new Error(`${what} stopped with code ${code} without answering`));
		});
	});
}
