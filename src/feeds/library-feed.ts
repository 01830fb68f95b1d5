/**
 * The library's Atom feeds: one of every document for the whole library (feed.xml) and one per
 * topic (topics/<slug>.xml) of the documents with clauses on it, newest first as the home page
 * lists them. Each entry links the document on the site address (SITE_URL) and states its
 * 文种, issuer, date and 时效性.
 *
 * The library does not record the day a document was added or last changed, and a date is not
 * to be invented: an entry's <updated> is the build date, the day this edition of the library
 * was made, and its <id> is the document's address, so a reader that has seen it once knows it.
 * A document revised is a new entry: its id is the revision's pinned address, its <updated> the
 * revision's date (where it is a day), and it links the comparison with the version before.
 */
import type { Library, LibraryDocument } from '../library/types.ts';
import { formatDate, formatIssuer } from '../utils/format.ts';
import { absoluteUrl, type Route } from '../utils/links.ts';
import { atomXml, type AtomEntry } from './atom.ts';

/** The author every feed names: the library itself. */
export const FEED_AUTHOR = '党建带团建政策条款库';

/** Each library's documents' topic names, found once: the topic feeds list a document once per topic. */
const categoriesByLibrary = new WeakMap<Library, Map<string, string[]>>();

/** The names of the topics `document`'s clauses are on, in the library's topic order. */
function categories(library: Library, document: LibraryDocument): string[] {
	let known = categoriesByLibrary.get(library);
	if (!known) categoriesByLibrary.set(library, (known = new Map<string, string[]>()));
	let names = known.get(document.slug);
	if (!names) {
		const topics = new Set(document.allClauseIds.flatMap((id) => library.clauses.get(id)!.topics));
		known.set(document.slug, (names = library.topics.filter((t) => topics.has(t.slug)).map((t) => t.name)));
	}
	return names;
}

function entry(library: Library, document: LibraryDocument, updated: string, site: URL | undefined): AtomEntry {
	const { meta, validity } = document;
	const url = absoluteUrl({ page: 'document', slug: document.slug }, site);
	const base: AtomEntry = {
		id: url,
		title: meta.title,
		link: url,
		updated,
		summary: `${meta.genre} · ${formatIssuer(meta.issuer)} · ${formatDate(meta.date)} · 时效性：${validity.status}（${validity.reason}）`,
		categories: categories(library, document),
	};
	const versions = library.versions.get(document.slug);
	if (!versions) return base;
	// A revision is a new entry: its id is the revision's pinned address, and it links the comparison with the version before.
	const latest = versions.at(-1)!;
	const previous = versions.at(-2)!;
	return {
		...base,
		id: absoluteUrl({ page: 'version', slug: document.slug, key: latest.key }, site),
		title: `${meta.title}（${latest.label}，修订）`,
		// the revision's own date where it is a day; the build date otherwise, as for every entry
		updated: /^\d{4}-\d{2}-\d{2}$/.test(latest.key) && latest.key <= updated.slice(0, 10) ? timestamp(latest.key) : updated,
		summary: `${base.summary} · 修订自${previous.label}`,
		related: [
			{
				href: absoluteUrl({ page: 'compare-versions', slug: document.slug, from: previous.key, to: latest.key }, site),
				title: `版本对照：${previous.label} → ${latest.label}`,
			},
		],
	};
}

/** RFC 3339 for the start of a build date (YYYY-MM-DD), UTC. */
function timestamp(buildDate: string): string {
	return `${buildDate}T00:00:00Z`;
}

/** The whole library's feed (feed.xml) as of `buildDate`, its links on `site`. */
export function libraryFeed(library: Library, buildDate: string, site: URL | undefined): string {
	const self: Route = { page: 'feed' };
	return atomXml({
		id: absoluteUrl(self, site),
		title: FEED_AUTHOR,
		subtitle: '新收录和有改动的文件',
		self: absoluteUrl(self, site),
		alternate: absoluteUrl({ page: 'home' }, site),
		updated: timestamp(buildDate),
		author: FEED_AUTHOR,
		entries: library.documents.map((d) => entry(library, d, timestamp(buildDate), site)),
	});
}

/** The feed of the topic `slug` (topics/<slug>.xml): its documents, as of `buildDate`. */
export function topicFeed(library: Library, slug: string, buildDate: string, site: URL | undefined): string {
	const topic = library.topicsBySlug.get(slug)!;
	const self: Route = { page: 'topic-feed', slug };
	const onTopic = new Set(topic.byDocument.map((g) => g.documentSlug));
	return atomXml({
		id: absoluteUrl(self, site),
		title: `${FEED_AUTHOR} · 专题：${topic.name}`,
		subtitle: topic.description,
		self: absoluteUrl(self, site),
		alternate: absoluteUrl({ page: 'topic', slug }, site),
		updated: timestamp(buildDate),
		author: FEED_AUTHOR,
		entries: library.documents.filter((d) => onTopic.has(d.slug)).map((d) => entry(library, d, timestamp(buildDate), site)),
	});
}
