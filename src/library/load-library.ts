import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getCollection } from 'astro:content';
import { timeStage } from '../build/stages.ts';
import { citedWorkSchema } from '../schemas/cited-work.ts';
import { topicSchema } from '../schemas/topic.ts';
import { buildLibrary, type DocumentSource } from './build-library.ts';
import { contentDir } from './content-dir.ts';
import { LibraryError } from './errors.ts';
import { readStabilityRecords, readYamlList } from './read-data.ts';
import type { Library } from './types.ts';

let library: Promise<Library> | undefined;

/** The library model, built once per build from the content collections and data files. */
export function getLibrary(): Promise<Library> {
	library ??= load();
	return library;
}

async function load(): Promise<Library> {
	const entries = await timeStage('loading content: files', () => getCollection('documents'));
	const documents: DocumentSource[] = entries.map((e) => {
		const filePath = e.filePath ?? join(contentDir, 'documents', `${e.id}.mdx`);
		const raw = readFileSync(filePath, 'utf8');
		const body = e.body ?? '';
		const at = raw.indexOf(body);
		return {
			slug: e.id,
			filePath: relative(process.cwd(), filePath),
			meta: e.data,
			body,
			bodyLineOffset: at < 0 ? 0 : raw.slice(0, at).split('\n').length - 1,
		};
	});
	const missingSources = documents.filter((d) => !existsSync(join(contentDir, 'sources', d.meta.source.file)));
	if (missingSources.length > 0) {
		throw new LibraryError(missingSources.map((d) => ({ file: d.filePath, message: `source.file ${JSON.stringify(d.meta.source.file)} is not in content/sources` })));
	}
	return buildLibrary({
		documents,
		topics: readYamlList(join(contentDir, 'topics.yaml'), topicSchema),
		citedWorks: existsSync(join(contentDir, 'cited-works.yaml')) ? readYamlList(join(contentDir, 'cited-works.yaml'), citedWorkSchema) : [],
		...readStabilityRecords(contentDir),
	}, timeStage);
}
