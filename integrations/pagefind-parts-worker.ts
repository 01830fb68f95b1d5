/**
 * Writes the search index parts in a worker thread (see writePagefindPartsInWorker): cutting the
 * documents into words takes the main thread seconds per thousand documents, and the main thread
 * renders the pages meanwhile.
 */
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchSource } from '../src/search/records.ts';
import { createSegmenter } from '../src/search/segment.ts';
import { writePagefindParts, type PartsOptions } from './pagefind-parts.ts';

const { sources, staging, vocabulary, options } = workerData as { sources: Uint8Array; staging: string; vocabulary: string[]; options: PartsOptions };
const written = await writePagefindParts(deserialize(sources) as SearchSource[], staging, { segmenter: createSegmenter({ vocabulary }), vocabulary }, options);
parentPort!.postMessage(written);
