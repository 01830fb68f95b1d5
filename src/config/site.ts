/**
 * The configured site address where Astro.site is not at hand (getStaticPaths, which runs before
 * any page): Astro passes astro.config.mjs's `site` to the pages as import.meta.env.SITE.
 */
export function configuredSite(): URL | undefined {
	const site = import.meta.env.SITE as string | undefined;
	return site ? new URL(site) : undefined;
}
