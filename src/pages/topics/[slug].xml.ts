import type { APIRoute, GetStaticPaths } from 'astro';
import { pageSettings } from '../../config/build-settings.ts';
import { topicFeed } from '../../feeds/library-feed.ts';
import { getLibrary } from '../../library/load-library.ts';

/** One Atom feed per topic: topics/<slug>.xml. */
export const getStaticPaths = (async () => (await getLibrary()).topics.map((t) => ({ params: { slug: t.slug } }))) satisfies GetStaticPaths;

/** The topic's Atom feed, on the site address (SITE_URL). */
export const GET: APIRoute = async ({ params, site }) =>
	new Response(topicFeed(await getLibrary(), params.slug!, pageSettings().buildDate, site), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
