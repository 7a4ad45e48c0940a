/**
 * What an achievement's text may contain besides Markdown. MDX can run code, so everything
 * else is rejected by the content check before the build runs it.
 */

/** Components (capitalised JSX names) editors may use. None today: add one here with care. */
export const allowedComponents: readonly string[] = [];

/** HTML elements editors may use: isolation of Latin names and codes, and inline semantics. */
export const allowedTags: readonly string[] = ['bdi', 'abbr', 'sub', 'sup', 'br', 'strong', 'em', 'q', 'cite'];

/** Attributes allowed on those elements. */
export const allowedAttributes: readonly string[] = ['dir', 'lang', 'title'];

/** Elements that run code, load content or send data: named so the message can say why. */
export const forbiddenTags: readonly string[] = ['script', 'style', 'iframe', 'object', 'embed', 'form', 'link', 'meta', 'base', 'frame', 'frameset', 'svg', 'math', 'template'];

/** URL schemes that run code or smuggle content. */
export const unsafeSchemes: readonly string[] = ['javascript:', 'data:', 'vbscript:', 'file:'];

/** Images an entry may carry, in its own folder. */
export const imageFormats: readonly string[] = ['.webp', '.avif', '.png', '.jpg', '.jpeg'];
export const imageMaxBytes = 300 * 1024;
