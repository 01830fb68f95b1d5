/**
 * Inlined in document pages: a reader arriving from a search result (?hl=…) gets the small
 * script that marks the searched words (search/arrive.js, its relative URL given as
 * `data-arrive` on the script element). Everyone else loads nothing.
 */
import { loadScript } from './load-script.ts';
import { scriptData } from './script-data.ts';

const arrive = scriptData('arrive');
if (new URLSearchParams(location.search).has('hl')) {
	loadScript(arrive).catch(() => {
		// The clause still opens; only the marks are missing.
	});
}
