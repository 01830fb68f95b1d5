import type { AstroIntegration } from 'astro';
import { recordStage } from '../src/build/stages.ts';

/**
 * Records Astro's own stages for the scale benchmark: everything before the build proper
 * (configuration, content sync), and the build proper up to the first build:done hook
 * (bundling and rendering pages), in `stagesFile`. It goes first, so its build:done runs before the others'.
 */
export function buildStages({ stagesFile }: { stagesFile?: string | undefined } = {}): AstroIntegration {
	const processStart = Date.now() - Math.round(process.uptime() * 1000);
	let buildStart = processStart;
	return {
		name: 'build-stages',
		hooks: {
			'astro:build:start': () => {
				buildStart = Date.now();
				recordStage(stagesFile, 'startup', processStart, buildStart);
			},
			'astro:build:done': () => {
				recordStage(stagesFile, 'rendering', buildStart);
			},
		},
	};
}
