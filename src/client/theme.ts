/**
 * The reader's colour theme: dark or light when they chose one, remembered in localStorage;
 * otherwise the system's. The snippet that applies it before first paint and the header's
 * toggle share this module, so they agree on where the choice is kept.
 */

/** A theme the reader can choose. */
export type Theme = 'dark' | 'light';

const STORAGE_KEY = 'theme';

/** The theme the reader chose on an earlier visit, if any. */
export function storedTheme(): Theme | null {
	try {
		const theme = localStorage.getItem(STORAGE_KEY);
		return theme === 'dark' || theme === 'light' ? theme : null;
	} catch {
		return null; // storage refused: the system decides
	}
}

/** Puts a theme on `<html data-theme>`, which the styles read in place of the system's. */
export function applyTheme(theme: Theme): void {
	document.documentElement.dataset['theme'] = theme;
}

/** Makes `button` switch between dark and light, remember the choice, and say which it offers. */
export function startThemeToggle(button: HTMLElement): void {
	const root = document.documentElement;
	const system = matchMedia('(prefers-color-scheme: dark)');
	const dark = () => (root.dataset['theme'] ? root.dataset['theme'] === 'dark' : system.matches);
	const show = () => {
		button.setAttribute('aria-pressed', String(dark()));
		button.textContent = dark() ? '浅色' : '深色';
		button.setAttribute('aria-label', dark() ? '切换到浅色模式' : '切换到深色模式');
	};
	show();
	button.dataset['ready'] = 'true';
	system.addEventListener('change', show);
	button.addEventListener('click', () => {
		const theme: Theme = dark() ? 'light' : 'dark';
		applyTheme(theme);
		try {
			localStorage.setItem(STORAGE_KEY, theme);
		} catch {
			// storage refused: the choice lasts for this page
		}
		show();
	});
}
