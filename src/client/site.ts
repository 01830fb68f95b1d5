/**
 * Inlined at the end of every page: the header's theme toggle, "/" to search, keeping the
 * library for offline reading, and, from disk or in the installed copy offline, the home page's note of the copy's build date. The page gives the service worker's relative URL as
 * `data-worker` on the script element.
 */
import { showCopyDateFromDisk, showCopyDateWhenInstalledOffline } from './offline-copy-date.ts';
import { keepForOffline } from './offline-worker.ts';
import { focusSearchOnSlash } from './search-shortcut.ts';
import { scriptData } from './script-data.ts';
import { startThemeToggle } from './theme.ts';

const toggle = document.getElementById('theme-toggle');
if (toggle) startThemeToggle(toggle);
focusSearchOnSlash();
showCopyDateFromDisk();
showCopyDateWhenInstalledOffline();
keepForOffline(scriptData('worker'), document.getElementById('offline-note'));
