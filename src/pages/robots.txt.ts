import type { APIRoute } from 'astro';

/** robots.txt: everything may be read; the sitemap is on the site address. */
export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`);
