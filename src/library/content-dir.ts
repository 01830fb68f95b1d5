import { resolve } from 'node:path';

/** Folder holding documents/, topics.yaml and cited-works.yaml; tests point it at fixtures. */
export const contentDir = resolve(process.env['LIBRARY_CONTENT_DIR'] ?? 'content');
