import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getCollection } from 'astro:content';
import { load as loadYaml } from 'js-yaml';
import { z } from 'astro/zod';
import { citedWorkSchema } from '../schemas/cited-work.ts';
import { topicSchema } from '../schemas/topic.ts';
import { buildLibrary, type DocumentSource } from './build-library.ts';
import { contentDir } from './content-dir.ts';
import { LibraryError } from './errors.ts';
import type { Library } from './types.ts';

let library: Promise<Library> | undefined;

/** The library model, built once per build from the content collections and data files. */
export function getLibrary(): Promise<Library> {
	library ??= load();
	return library;
}

async function load(): Promise<Library> {
	const entries = await getCollection('documents');
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
	});
}

/** Reads a YAML list and checks every item, naming the file, item and field of any problem. */
export function readYamlList<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
	const shown = relative(process.cwd(), file);
	let data: unknown;
	try {
		data = loadYaml(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new LibraryError([{ file: shown, message: `YAML syntax error: ${(error as Error).message}` }]);
	}
	const result = z.array(schema).safeParse(data);
	if (!result.success) {
		throw new LibraryError(
			result.error.issues.map((i) => ({ file: shown, message: `item ${i.path.join('.')}: ${i.message}` })),
		);
	}
	return result.data;
}
