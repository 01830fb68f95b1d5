import { describe, expect, test } from 'vitest';
import { runInWorker } from '../../src/build/run-in-worker.ts';

/** A worker module written inline. */
const module = (code: string) =>
	new URL(`data:text/javascript,${encodeURIComponent(`import { parentPort, workerData } from 'node:worker_threads';\n${code}`)}`);

describe('a build step in a worker thread', () => {
	test('answers with what the worker posts, from the data it was given', async () => {
		await expect(runInWorker(module('parentPort.postMessage(workerData.n * 2);'), { n: 21 }, 'the doubling worker')).resolves.toBe(42);
	});

	test('a failure in the worker fails the step with its message', async () => {
		await expect(runInWorker(module("throw new Error('index.html has no marker');"), {}, 'the zip worker')).rejects.toThrow('index.html has no marker');
	});

	test('a worker that stops without answering fails the step, naming it, whatever its exit code', async () => {
		await expect(runInWorker(module('process.exit(3);'), {}, 'the silent worker')).rejects.toThrow('the silent worker stopped with code 3 without answering');
		await expect(runInWorker(module('process.exit(0);'), {}, 'the quiet worker')).rejects.toThrow('the quiet worker stopped with code 0 without answering');
	});
});
