/**
 * Inlined at the top of every page's head: applies the reader's chosen theme before the page is
 * drawn, so a dark page never flashes light. The one script that must run before first paint.
 */
import { applyTheme, storedTheme } from './theme.ts';

const theme = storedTheme();
if (theme) applyTheme(theme);
