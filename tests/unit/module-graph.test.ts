/**
 * The module graph of the project's own code: no import cycles (a graph with one has no order
 * to read it in), and the site and its integrations never reach into the maintenance scripts.
 * Imports are read with TypeScript's own pre-processor, `import type` and import() included,
 * from every .ts and .mjs module and from the frontmatter and bundled scripts of .astro files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = resolve(new URL('../../', import.meta.url).pathname);
const roots = ['src', 'integrations', 'scripts'];

/** Every module file under the project's code folders, and astro.config.mjs. */
function moduleFiles(): string[] {
	const out: string[] = [join(root, 'astro.config.mjs')];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(?:ts|mts|mjs|astro)$/.test(name)) out.push(path);
		}
	};
	for (const dir of roots) walk(join(root, dir));
	return out;
}

/** The code of a module that can import: all of a .ts file; an .astro file's frontmatter and its bundled scripts. */
function importingCode(file: string): string {
	const text = readFileSync(file, 'utf8');
	if (!file.endsWith('.astro')) return text;
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const scripts = [...text.matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	return [frontmatter, ...scripts].join('\n');
}

/** The project file a relative specifier names, or null for a package or a file outside the project. */
function resolveSpecifier(from: string, specifier: string): string | null {
	if (!specifier.startsWith('.')) return null;
	const base = resolve(dirname(from), specifier.split('?')[0]!);
	for (const candidate of [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

/** Each module's imports, as paths relative to the project root. */
function moduleGraph(files: string[]): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const { importedFiles } = ts.preProcessFile(importingCode(file), true, true);
		const targets = importedFiles.map((i) => resolveSpecifier(file, i.fileName)).filter((t): t is string => t !== null);
		graph.set(relative(root, file), [...new Set(targets.map((t) => relative(root, t)))]);
	}
	return graph;
}

/** Every import cycle, each written from its first module in sorted order back to itself: a → b → a. */
function importCycles(graph: Map<string, string[]>): string[] {
	const cycles = new Set<string>();
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (module: string) => {
		state.set(module, 'open');
		stack.push(module);
		for (const next of graph.get(module) ?? []) {
			if (state.get(next) === 'open') {
				const loop = stack.slice(stack.indexOf(next));
				const start = loop.indexOf([...loop].sort()[0]!);
				const rotated = [...loop.slice(start), ...loop.slice(0, start)];
				cycles.add([...rotated, rotated[0]].join(' → '));
			} else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(module, 'done');
	};
	for (const module of [...graph.keys()].sort()) if (!state.has(module)) visit(module);
	return [...cycles].sort();
}

describe('the module graph', () => {
	const graph = moduleGraph(moduleFiles());

	test('is read from every module, type-only imports included', () => {
		expect(graph.get('src/library/types.ts')).toContain('src/schemas/document.ts');
		expect(graph.size).toBeGreaterThan(50);
	});

	test('has no import cycle', () => {
		expect(importCycles(graph)).toEqual([]);
	});

	test('names the modules of a cycle in order', () => {
		const cyclic = new Map([
			['c.ts', ['a.ts']],
			['a.ts', ['b.ts']],
			['b.ts', ['a.ts', 'd.ts']],
			['d.ts', []],
		]);
		expect(importCycles(cyclic)).toEqual(['a.ts → b.ts → a.ts']);
	});

	test('keeps the site and its integrations out of scripts/', () => {
		const reaching = [...graph]
			.filter(([module]) => !module.startsWith('scripts/'))
			.flatMap(([module, imports]) => imports.filter((i) => i.startsWith('scripts/')).map((i) => `${module} → ${i}`));
		expect(reaching).toEqual([]);
	});
});
