import type { APIRoute } from 'astro';
import { getLibrary } from '../library/load-library.ts';
import { loadVocabulary } from '../search/vocabulary.ts';
import { searchData } from '../search/records.ts';
import { createSegmenter } from '../search/segment.ts';

/** The search records, handed from the library model to the indexer (which removes this file). */
export const GET: APIRoute = async () => {
	const library = await getLibrary();
	const segmenter = createSegmenter({ vocabulary: loadVocabulary() });
	return new Response(JSON.stringify(searchData(library, segmenter)));
};
