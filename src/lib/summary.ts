/**
 * A page's meta description from its Markdown text: the words a reader sees, without markup,
 * cut at a word boundary. Search engines show about 160 characters.
 * @example plainSummary('تمت المصادقة على القانون رقم <bdi>50-17</bdi> المتعلق…', 40)
 * // 'تمت المصادقة على القانون رقم 50-17…'
 */
export function plainSummary(markdown: string, maxLength = 160): string {
  const text = markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/<[^>]*>/g, '') // inline HTML (bdi, abbr…): its text
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '') // headings, quotes, list markers
    .replace(/(\*{1,3}|_{1,3})(\S[^*_]*?\S?)\1/g, '$2') // emphasis
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  // One character more than fits: a space there means the cut falls between two words.
  const lastSpace = text.slice(0, maxLength).lastIndexOf(' ');
  const cut = lastSpace > maxLength / 2 ? text.slice(0, lastSpace) : text.slice(0, maxLength - 1);
  return `${cut.replace(/[\s،,;:.–-]+$/u, '')}…`;
}
