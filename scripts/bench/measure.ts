/**
 * Runs a command and measures it as a whole process tree: wall time, and resident memory summed
 * over the process and all its descendants (Astro's workers, Pagefind's Rust binary), sampled
 * from /proc every 100 ms. Linux only, which is what CI and the benchmark machine run.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface MemorySample {
	t: number;
	bytes: number;
	/** resident bytes by process name (node, pagefind_extended, …), summed over processes of that name */
	byName: Record<string, number>;
}

export interface Measured {
	status: number | null;
	output: string;
	start: number;
	end: number;
	samples: MemorySample[];
	peakBytes: number;
	/** each process name's highest resident memory over the run */
	peakByName: Record<string, number>;
}

const PAGE = 4096;

/** Resident bytes of `root` and all its descendants, now, in total and by process name. */
export function treeResidentBytes(root: number): { bytes: number; byName: Record<string, number> } {
	const children = new Map<number, number[]>();
	const names = new Map<number, string>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			// Node names its main thread, and so its process, MainThread; Linux cuts names at 15 characters.
			const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
			names.set(Number(name), comm === 'MainThread' ? 'node' : comm);
			const list = children.get(ppid) ?? [];
			list.push(Number(name));
			children.set(ppid, list);
		} catch {
			// the process ended while we looked
		}
	}
	let bytes = 0;
	const byName: Record<string, number> = {};
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.pop()!;
		try {
			const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
			bytes += resident;
			const name = names.get(pid) ?? '?';
			byName[name] = (byName[name] ?? 0) + resident;
		} catch {
			// ended
		}
		queue.push(...(children.get(pid) ?? []));
	}
	return { bytes, byName };
}

/** Runs `command args` to completion, sampling its process tree's memory. */
export function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; echo?: boolean } = {}): Promise<Measured> {
	return new Promise((resolve, reject) => {
		const start = Date.now();
		const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
		const samples: MemorySample[] = [];
		let output = '';
		const take = (chunk: Buffer) => {
			output += chunk.toString();
			if (options.echo) process.stderr.write(chunk);
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		const timer = setInterval(() => {
			if (child.pid !== undefined) samples.push({ t: Date.now(), ...treeResidentBytes(child.pid) });
		}, 100);
		child.on('error', (e) => {
			clearInterval(timer);
			reject(e);
		});
		child.on('close', (status) => {
			clearInterval(timer);
			const end = Date.now();
			const peakByName: Record<string, number> = {};
			for (const sample of samples) for (const [name, bytes] of Object.entries(sample.byName)) peakByName[name] = Math.max(peakByName[name] ?? 0, bytes);
			resolve({ status, output, start, end, samples, peakBytes: samples.reduce((peak, x) => Math.max(peak, x.bytes), 0), peakByName });
		});
	});
}

/** The highest memory sample within [from, to]; for a stage shorter than the sampling interval, the sample nearest to it. */
export function peakBetween(samples: MemorySample[], from: number, to: number): number {
	let peak = 0;
	let nearest: MemorySample | undefined;
	for (const s of samples) {
		if (s.t >= from && s.t <= to && s.bytes > peak) peak = s.bytes;
		if (!nearest || Math.abs(s.t - to) < Math.abs(nearest.t - to)) nearest = s;
	}
	return peak > 0 ? peak : (nearest?.bytes ?? 0);
}
