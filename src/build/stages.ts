/**
 * Build stage timing, for the scale benchmark: each stage's span is appended as a JSON line to a
 * file the benchmark names (the BUILD_STAGES_FILE setting, passed down from astro.config.mjs),
 * which it matches to its memory samples. Without a file, stages only run.
 */
import { appendFileSync } from 'node:fs';

/** Runs one stage of the build and records how long it took. */
export type Timer = <T>(stage: string, run: () => T) => T;

/** For callers that do not measure. */
export const untimed: Timer = (_stage, run) => run();

/** Records that a build stage ran from `start` to `end` (epoch ms) in `file`; nothing without a file. */
export function recordStage(file: string | undefined, stage: string, start: number, end = Date.now()): void {
	if (file) appendFileSync(file, `${JSON.stringify({ stage, start, end })}\n`);
}

/** A timer that records every stage it runs (sync or async) in `file`. */
export function stageTimer(file: string | undefined): Timer {
	if (!file) return untimed;
	return (stage, run) => {
		const start = Date.now();
		const result = run();
		if (result instanceof Promise) {
			return result.finally(() => {
				recordStage(file, stage, start);
			}) as typeof result;
		}
		recordStage(file, stage, start);
		return result;
	};
}
