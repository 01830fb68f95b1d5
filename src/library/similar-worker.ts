import { parentPort, workerData } from 'node:worker_threads';
import { searchChunks, type SharedFindings } from './similar-parallel.ts';
import type { SimilarIndex } from './similar-clauses.ts';

/** Searches chunks of the shared index beside the build's thread (see computeSimilarInParallel). */
const { index, findings } = workerData as { index: SimilarIndex; findings: SharedFindings };
searchChunks(index, findings);
parentPort!.postMessage(true);
