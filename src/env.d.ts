// Browser modules imported with `?script` arrive as their bundled code (integrations/browser-scripts.ts).
declare module '*?script' {
	/** the module bundled as one classic script, to inline with `<script is:inline set:html={…}>` */
	const code: string;
	export default code;
}
