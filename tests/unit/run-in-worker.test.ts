import { describe, expect, test } from 'vitest';
import { runInWorker } from '../../src/build/run-in-worker.ts';

/** A worker module written inline. */
const module = (code: string) =>
	new URL(`data:text/javascript,${encodeURIComponent(`import { parentPort, workerData } from 'node:worker_threads';\n${code}`)}`);

describe('a build step in a worker thread', () => {
	test('answers with what the worker posts, from the data it was given', async () => {
		await expect(runInWorker(module('parentPort.postMessage(workerData.n * 2);'), { n: 21 }, 'the doubling worker')).resolves.toBe(42);
	});

	test('notes the worker sends partway reach the caller, in order, before its answer', async () => {
		const notes: unknown[] = [];
		const code =
			"import { postNote } from '" +
			new URL('../../src/build/run-in-worker.ts', import.meta.url).href +
			"';\npostNote(parentPort, 'read');\npostNote(parentPort, { pages: 2 });\nparentPort.postMessage('checked');";
		const answer = await runInWorker(module(code), {}, 'the noting worker', { onNote: (n) => notes.push(n) });
		expect(answer).toBe('checked');
		expect(notes).toEqual(['read', { pages: 2 }]);
	});

	test('a failure in the worker fails the step with its message', async () => {
		await expect(runInWorker(module("throw new Error('index.html has no marker');"), {}, 'the zip worker')).rejects.toThrow('index.html has no marker');
	});

	test('a worker that stops without answering fails the step, naming it, whatever its exit code', async () => {
		await expect(runInWorker(module('process.exit(3);'), {}, 'the silent worker')).rejects.toThrow('the silent worker stopped with code 3 without answering');
		await expect(runInWorker(module('process.exit(0);'), {}, 'the quiet worker')).rejects.toThrow('the quiet worker stopped with code 0 without answering');
	});

	test('a worker given another step to wait on goes on once that step succeeds, with its value', async () => {
		let succeed!: (value: string) => void;
		const step = new Promise<string>((resolve) => (succeed = resolve));
		const worker = runInWorker(
			module(
				'import { released } from ' +
					JSON.stringify(new URL('../../src/build/run-in-worker.ts', import.meta.url).href) +
					"; const value = await released(parentPort); parentPort.postMessage('read the rest after ' + value);",
			),
			{},
			'the waiting worker',
			{
				release: step,
			},
		);
		const state = await Promise.race([
			worker,
			new Promise((resolve) =>
				setTimeout(() => {
					resolve('still waiting');
				}, 200),
			),
		]);
		expect(state).toBe('still waiting');
		succeed('the ZIP');
		await expect(worker).resolves.toBe('read the rest after the ZIP');
	});

	test('a worker whose step failed is stopped, not left waiting', async () => {
		const step = Promise.reject(new Error('the ZIP failed'));
		await expect(
			runInWorker(module("parentPort.on('message', () => parentPort.postMessage('answered'));"), {}, 'the waiting worker', { release: step }),
		).rejects.toThrow('the waiting worker was stopped: the step it waited on failed');
		await expect(step).rejects.toThrow('the ZIP failed');
	});
});
