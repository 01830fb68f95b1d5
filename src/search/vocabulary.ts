/**
 * The search's word lists, read from the content folder at build time: the domain vocabulary the
 * segmenter keeps whole, and the editors' synonym groups. The search page gets them bundled into
 * its script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SynonymGroupEntry } from '../schemas/synonyms.ts';
import { parseVocabulary } from './segment.ts';
import { parseSynonyms } from './synonyms-file.ts';
import { foldGroups, synonymTerms, type SynonymGroup } from './synonyms.ts';

/** The domain vocabulary from a content folder's vocabulary.txt (build time only). */
export function loadVocabulary(contentDir: string): string[] {
	return parseVocabulary(readFileSync(join(contentDir, 'vocabulary.txt'), 'utf8'));
}

/** The synonym groups from a content folder's synonyms.yaml, checked (build time only); none when a library has no such file. */
export function loadSynonyms(contentDir: string): SynonymGroupEntry[] {
	const file = join(contentDir, 'synonyms.yaml');
	return existsSync(file) ? parseSynonyms(readFileSync(file, 'utf8'), relative(process.cwd(), file)) : [];
}

/** What the segmenter and query expansion work from, at build time and (bundled) in the browser: the terms kept whole (the vocabulary and every synonym wording) and the synonym groups, folded. */
export function searchWords(contentDir: string): { vocabulary: string[]; synonyms: SynonymGroup[] } {
	const synonyms = foldGroups(loadSynonyms(contentDir));
	return { vocabulary: [...new Set([...loadVocabulary(contentDir), ...synonymTerms(synonyms)])], synonyms };
}
