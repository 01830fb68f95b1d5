/**
 * Writes an import into the library, all or nothing: the draft, the source copied unchanged into
 * sources/ (unless it is there already), and for a revision the version it replaces, kept under
 * documents/<slug>/<key>.mdx. Each file is written beside its place and then moved there; if any
 * step fails, what was done is undone and the error is thrown again, so the library is as before.
 */
import * as fs from 'node:fs';
import { dirname } from 'node:path';

/** What one import writes. */
export interface ImportFiles {
	/** documents/<slug>.mdx, and the draft written there (replacing the current version, for a revision) */
	target: string;
	mdx: string;
	/** the source's place in sources/ and its bytes; null when the same file is there already */
	source: { path: string; bytes: Uint8Array } | null;
	/** for a revision: where the version it replaces is kept (documents/<slug>/<key>.mdx) */
	keptAs: string | null;
}

/** The file operations used, so that tests can make one fail partway. */
export type FileOps = Pick<typeof fs, 'writeFileSync' | 'copyFileSync' | 'renameSync' | 'mkdirSync' | 'rmSync' | 'rmdirSync' | 'existsSync'>;

/** Writes `files` (see ImportFiles); `tag` names the temporary files (the process id). */
export function commitImport({ target, mdx, source, keptAs }: ImportFiles, tag: string, ops: FileOps = fs): void {
	const tmpMdx = `${target}.import-${tag}.tmp`;
	const tmpSource = source === null ? null : `${source.path}.import-${tag}.tmp`;
	const versionDir = keptAs === null ? null : dirname(keptAs);
	const madeDir = versionDir !== null && !ops.existsSync(versionDir);
	const done = { kept: false, copied: false };
	try {
		ops.writeFileSync(tmpMdx, mdx, { flag: 'wx' });
		if (source !== null) ops.writeFileSync(tmpSource!, source.bytes, { flag: 'wx' });
		if (keptAs !== null) {
			// Copied, not renamed, so the document is never missing; COPYFILE_EXCL never overwrites a version.
			ops.mkdirSync(versionDir!, { recursive: true });
			ops.copyFileSync(target, keptAs, fs.constants.COPYFILE_EXCL);
			done.kept = true;
		}
		if (source !== null) {
			ops.renameSync(tmpSource!, source.path);
			done.copied = true;
		}
		ops.renameSync(tmpMdx, target);
	} catch (error) {
		ops.rmSync(tmpMdx, { force: true });
		if (tmpSource !== null) ops.rmSync(tmpSource, { force: true });
		if (done.copied) ops.rmSync(source!.path, { force: true });
		if (done.kept) ops.rmSync(keptAs!, { force: true });
		if (madeDir && ops.existsSync(versionDir)) ops.rmdirSync(versionDir);
		throw error;
	}
}
