/**
 * The configured site address where Astro.site is not at hand (getStaticPaths, which runs before
 * any page): astro.config.mjs's `site`, from the build settings.
 */
import { pageSettings } from './build-settings.ts';

export function configuredSite(): URL {
	return new URL(pageSettings().site);
}
