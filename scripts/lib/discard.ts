/**
 * Removing a folder without waiting for it. The build's old output, once the new one is in
 * place, is 280,000 files at 10,000 documents, and deleting them took 25 s after the new site
 * was ready. Here the folder is renamed out of the way at once (so it is gone from its place
 * before this returns) and a detached process deletes it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const MARK = '.discarded-';

/** Renames `folder` aside and deletes it in the background; nothing when it does not exist. */
export function discard(folder: string): void {
	if (!existsSync(folder)) return;
	const aside = `${folder}${MARK}${process.pid}-${Date.now()}`;
	renameSync(folder, aside);
	deleteDetached(aside);
}

/** Deletes the folders `folder` left aside that an interrupted deletion did not finish. */
export function discardLeftovers(folder: string): void {
	for (const name of leftovers(folder)) deleteDetached(join(dirname(folder), name));
}

/**
 * Waits until every folder set aside from `folder` is deleted (the benchmark, so the next
 * measurement does not share the disk with it; tests, before they remove their work folder).
 */
export async function discarded(folder: string, withinMs = 600_000): Promise<void> {
	const until = Date.now() + withinMs;
	while (leftovers(folder).length > 0) {
		if (Date.now() > until) throw new Error(`${leftovers(folder).join(', ')} beside ${folder} were not deleted within ${withinMs / 1000} s`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

function leftovers(folder: string): string[] {
	const dir = dirname(folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir).filter((name) => name.startsWith(`${basename(folder)}${MARK}`));
}

function deleteDetached(path: string): void {
	spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', path], {
		detached: true,
		stdio: 'ignore',
	}).unref();
}
