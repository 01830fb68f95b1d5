/**
 * Inlined at the top of the 404 page's head. A server sends that page for a missing file at any
 * depth (/policy/c/unknown.html), but its links are written from the site root: a `<base>` at
 * the root makes them land. It must be in place before the browser reads any link.
 */
import { siteRootOf } from '../utils/links.ts';

const base = document.createElement('base');
base.href = siteRootOf(location.pathname);
document.head.prepend(base);
