/**
 * Runs a build step in a worker thread and waits for its one answer. The worker module posts its
 * result once; an error thrown there rejects here with its message, and so does a worker that
 * stops without answering. Used for the steps that would otherwise share the main thread or its
 * heap with rendering: the search index parts, the offline ZIP and the output verifier.
 */
import { Worker, type MessagePort, type Transferable } from 'node:worker_threads';

export interface WorkerOptions {
	/** buffers moved to the worker rather than copied */
	transferList?: readonly Transferable[];
	/**
	 * Another step the worker waits on partway (see released): when it succeeds the worker is
	 * sent its value, and when it fails the worker is stopped, as its result would be of no use.
	 */
	release?: Promise<unknown>;
	/** Called with each note the worker sends before its answer (see postNote). */
	onNote?: (note: unknown) => void;
}

/** The key of a note: a message a worker sends partway, before its one answer. */
const NOTE = 'workerNote';

/** In a worker: sends the parent something partway (to its `onNote`), before the answer. */
export function postNote(port: MessagePort, note: unknown): void {
	port.postMessage({ [NOTE]: note });
}

const isNote = (message: unknown): message is { [NOTE]: unknown } => typeof message === 'object' && message !== null && NOTE in message;

/** The key of the message a worker given `release` receives once that step has succeeded, with the step's value. */
const RELEASED = 'workerReleased';

const isReleased = (message: unknown): message is { [RELEASED]: unknown } => typeof message === 'object' && message !== null && RELEASED in message;

export function runInWorker<T>(module: URL, workerData: unknown, what: string, { transferList = [], release, onNote }: WorkerOptions = {}): Promise<T> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(module, { workerData, transferList: [...transferList] });
		let answered = false;
		const listen = (message: unknown) => {
			if (isNote(message)) {
				onNote?.(message[NOTE]);
				return;
			}
			answered = true;
			worker.off('message', listen);
			resolve(message as T);
		};
		worker.on('message', listen);
		worker.once('error', (error: Error) => {
			answered = true;
			reject(error);
		});
		let stopped = false;
		worker.once('exit', (code) => {
			if (answered) return;
			reject(new Error(stopped ? `${what} was stopped: the step it waited on failed` : `${what} stopped with code ${code} without answering`));
		});
		release?.then(
			(value) => {
				worker.postMessage({ [RELEASED]: value });
			},
			() => {
				stopped = true;
				void worker.terminate();
			},
		);
	});
}

/** In a worker: resolves to the value of the parent's `release` step once it has succeeded (see runInWorker). */
export function released(port: MessagePort): Promise<unknown> {
	return new Promise((resolve) => {
		const listen = (message: unknown) => {
			if (!isReleased(message)) return;
			port.off('message', listen);
			resolve(message[RELEASED]);
		};
		port.on('message', listen);
	});
}
