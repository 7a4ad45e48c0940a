/**
 * An error in an editor's content, not in the code: its message says which file and what to
 * do, and it carries no stack trace, which Astro would print under the message otherwise.
 */
export class EditorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditorError';
    this.stack = '';
  }
}
