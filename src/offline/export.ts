/**
 * The downloadable offline copy: a dated ZIP of the whole site. The build date is fixed once
 * per build (scripts/build.ts sets BUILD_DATE), so the home page and the ZIP agree on the name.
 */

/** The build's date, YYYY-MM-DD. */
export function buildDate(): string {
	return process.env['BUILD_DATE'] ?? new Date().toISOString().slice(0, 10);
}

/** File name of the offline copy built on `date`. */
export function exportFileName(date = buildDate()): string {
	return `policy-clause-library-${date}.zip`;
}

/** Marker in the home page that the build replaces with the ZIP's size. */
export const EXPORT_SIZE_MARKER = '⟦export-size⟧';

/** A size for readers: 1.2 MB, 850 KB. */
export function formatSize(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
