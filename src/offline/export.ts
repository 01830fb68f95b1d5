/**
 * The downloadable offline copy: a dated ZIP of the whole site. The build date is one setting
 * of the whole build (src/config/build-env.ts), so the home page and the ZIP agree on the name.
 */

/** File name of the offline copy built on `date` (YYYY-MM-DD). */
export function exportFileName(date: string): string {
	return `policy-clause-library-${date}.zip`;
}

/** Marker in the home page that the build replaces with the ZIP's size. */
export const EXPORT_SIZE_MARKER = '⟦export-size⟧';

/** A size for readers: 1.2 MB, 850 KB. */
export function formatSize(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
