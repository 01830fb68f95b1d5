/**
 * Building DOM nodes in the browser scripts (search results, the course pack): one helper, so
 * every text the reader typed or the index holds reaches the page as a text node, never as markup.
 */

/** A new element with an optional class and text content. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}
