import { appendFileSync } from 'node:fs';

/** Runs one stage of the build and records how long it took. */
export type Timer = <T>(stage: string, run: () => T) => T;

/** For callers that do not measure. */
export const untimed: Timer = (_stage, run) => run();

/**
 * Records that a build stage ran from `start` to `end` (epoch ms), as a JSON line in the file
 * named by BUILD_STAGES_FILE: the scale benchmark reads it and matches each stage to its memory
 * samples. Without that variable nothing is recorded.
 */
export function recordStage(stage: string, start: number, end = Date.now()): void {
	const file = process.env['BUILD_STAGES_FILE'];
	if (file) appendFileSync(file, `${JSON.stringify({ stage, start, end })}\n`);
}

/** Times a stage (sync or async) and records it. */
export const timeStage: Timer = (stage, run) => {
	const start = Date.now();
	const result = run();
	if (result instanceof Promise) return result.finally(() => recordStage(stage, start)) as typeof result;
	recordStage(stage, start);
	return result;
};
