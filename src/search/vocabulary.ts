/**
 * The domain vocabulary the segmenter keeps whole, read from the content folder at build time
 * (the search page gets it bundled into its script).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVocabulary } from './segment.ts';

/** The domain vocabulary from a content folder's vocabulary.txt (build time only). */
export function loadVocabulary(contentDir: string): string[] {
	return parseVocabulary(readFileSync(join(contentDir, 'vocabulary.txt'), 'utf8'));
}
