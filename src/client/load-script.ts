/** Loads a script file on demand: the site's larger scripts are classic files loaded only when a reader needs them. */

/** Appends a classic script with the relative URL `src`; resolves once it has run. */
export function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => {
			resolve();
		};
		script.onerror = () => {
			reject(new Error(`could not load ${src}`));
		};
		document.head.append(script);
	});
}
