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
export const forbiddenTags: readonly string[] = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'link',
  'meta',
  'base',
  'frame',
  'frameset',
  'svg',
  'math',
  'template',
];

/** Images an entry may carry, in its own folder. */
export const imageFormats: readonly string[] = ['.webp', '.avif', '.png', '.jpg', '.jpeg'];
export const imageMaxBytes = 300 * 1024;

/**
 * Where a link in an entry's text may lead: a page of another site over https, or a place
 * within this site (a path, `#anchor`). Judged on the decoded address the page would carry,
 * as an allow-list: any other scheme (`mailto:` included, so that no address is published to
 * harvesters), `http:`, and protocol-relative `//host` links are refused.
 * @example linkAllowed('https://www.artisanat.gov.ma/') // true
 * @example linkAllowed('//evil.example/') // false
 */
export function linkAllowed(url: string): boolean {
  // Browsers drop tabs and newlines anywhere in an address and trim spaces and controls.
  // eslint-disable-next-line no-control-regex -- leading controls are what a browser trims
  const compact = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (/^https:\/\/[^/\\]/i.test(compact)) return URL.canParse(compact);
  return isSitePath(compact);
}

/** A path within the site: no scheme, and no `//` or `\` that a browser reads as another host. */
function isSitePath(url: string): boolean {
  if (/^[/\\]{2}|^\/\\/.test(url)) return false;
  const beforePath = url.split(/[/?#]/, 1)[0] ?? '';
  return !beforePath.includes(':') && !url.includes('\\');
}

/**
 * The file an image of an entry's text names, as Astro will read it (percent-escapes decoded),
 * when it is a file of the entry's own folder: a name alone, or `./` and a name (no sub-folder,
 * no `..`, no scheme, no leading `/`, no backslash); undefined for anything else.
 * @example localImage('./photo.webp') // 'photo.webp'
 * @example localImage('%2E%2E/other/photo.webp') // undefined
 */
export function localImage(src: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURI(src);
  } catch {
    return undefined;
  }
  const name = decoded.replace(/^\.\//, '');
  // A sub-folder, an escape left undecoded (%2F) or a control character: not a file of the folder.
  // eslint-disable-next-line no-control-regex -- control characters are refused on purpose
  return /^[^/\\?#:%\u0000-\u001F]+$/.test(name) && name !== '.' && name !== '..' ? name : undefined;
}

/** The image format a file's first bytes say it is, whatever its name; undefined for any other. */
export function imageTypeOf(bytes: Uint8Array): '.png' | '.jpg' | '.webp' | '.avif' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(1, 4) === 'PNG' && bytes[4] === 0x0d && bytes[5] === 0x0a) return '.png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return '.jpg';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return '.webp';
  if (bytes.length >= 12 && ascii(4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(8, 12))) return '.avif';
  return undefined;
}
