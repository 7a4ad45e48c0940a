/**
 * Characters XML 1.0 cannot hold (controls other than tab and line breaks, U+FFFE, U+FFFF and
 * lone surrogates): the content check refuses them (rules/unicode.ts), and the feeds replace any
 * that get through (share/feed.ts).
 */
export const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
