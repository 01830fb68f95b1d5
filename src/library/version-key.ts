/**
 * A version's key: the date its text bears, as its version-pinned links name it
 * (documents/<slug>/<key>.html). The editor's `version` field where set, else the document's
 * date; null when neither is known, and then the version has no pinned link.
 */
import type { DocumentMeta } from '../schemas/document.ts';

/** The key of the version `meta` describes, or null when its date is unknown. */
export function versionKey(meta: Pick<DocumentMeta, 'version' | 'date'>): string | null {
	return meta.version ?? meta.date.value;
}
