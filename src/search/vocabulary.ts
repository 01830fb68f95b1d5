import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../library/content-dir.ts';
import { parseVocabulary } from './segment.ts';

/** The domain vocabulary from content/vocabulary.txt (build time only). */
export function loadVocabulary(dir = contentDir): string[] {
	return parseVocabulary(readFileSync(join(dir, 'vocabulary.txt'), 'utf8'));
}
