/** The part of Astro's page context that adds to the page's Content-Security-Policy. */
interface PageWithPolicy {
  /** Absent when `security.csp` is off in the Astro config. */
  csp?: { insertScriptResource(resource: string): void } | undefined;
}

/**
 * Lets the page compile WebAssembly ('wasm-unsafe-eval'), which Pagefind's search engine needs.
 * Only the search page calls it: every other page keeps the stricter policy.
 */
export function allowWebAssembly(page: PageWithPolicy): void {
  page.csp?.insertScriptResource("'wasm-unsafe-eval'");
}
