/**
 * The plain text of an achievement's Markdown body, for descriptions (feeds, meta, JSON-LD):
 * markup removed, whitespace collapsed, cut at a word boundary after `max` characters.
 * @example plainText('**67** infrastructures [en cours](x)', 200) // '67 infrastructures en cours'
 */
export function plainText(markdown: string, max = 300): string {
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/^#+\s*/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:،؛]+$/u, '')}…`;
}
