/** One problem found in the content, located precisely enough for an editor to fix it. */
export interface ContentIssue {
	file: string;
	line?: number;
	column?: number;
	clause?: string;
	message: string;
}

/** Formats an issue as `file:line[:column] [clause id] message`. */
export function formatIssue(issue: ContentIssue): string {
	const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
	const clause = issue.clause ? ` [clause ${issue.clause}]` : '';
	return `${where}${clause} ${issue.message}`;
}

/** Thrown when the content cannot make a library; lists every problem found, not just the first. */
export class LibraryError extends Error {
	readonly issues: ContentIssue[];
	constructor(issues: ContentIssue[]) {
		super(`The library has ${issues.length} problem(s):\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
		this.name = 'LibraryError';
		this.issues = issues;
	}
}
