import type { APIRoute } from 'astro';
import { pageSettings } from '../config/build-settings.ts';
import { libraryFeed } from '../feeds/library-feed.ts';
import { getLibrary } from '../library/load-library.ts';

/** feed.xml: the whole library's Atom feed, on the site address (SITE_URL). */
export const GET: APIRoute = async ({ site }) =>
	new Response(libraryFeed(await getLibrary(), pageSettings().buildDate, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
