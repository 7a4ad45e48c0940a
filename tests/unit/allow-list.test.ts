import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageTypeOf, linkAllowed, localImage } from '../../src/check/allow-list.ts';
import { renderEntry } from '../../src/lib/mdx-html.ts';

describe('the links an entry may hold', () => {
  it('allows https to another site and paths within this one', () => {
    for (const url of [
      'https://www.artisanat.gov.ma/',
      'HTTPS://example.org/a?b#c',
      '/fr/achievements/',
      '../regions/',
      '#figures',
      'achievements/x/',
      '?q=1',
    ]) {
      assert.equal(linkAllowed(url), true, url);
    }
  });

  it('refuses every other scheme, protocol-relative links and their disguises', () => {
    const refused = [
      'http://example.org/',
      'mailto:contact@example.org',
      '//evil.example/',
      '/\\evil.example/',
      '\\\\evil.example',
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'ftp://example.org/',
      'tel:+212500000000',
      'https:/\\evil.example',
      'https://',
    ];
    for (const url of refused) assert.equal(linkAllowed(url), false, JSON.stringify(url));
  });

  it('keeps images to files of the entry’s own folder', () => {
    assert.equal(localImage('./photo.webp'), 'photo.webp');
    assert.equal(localImage('photo.png'), 'photo.png');
    assert.equal(localImage('./%D8%B5%D9%88%D8%B1%D8%A9.png'), 'صورة.png');
    for (const src of [
      './sub/photo.jpg',
      '%2E%2E/%2E%2E/public/share/card-ar.png',
      '.%2F..%2Fx.png',
      '%E0%A4%A.png',
      './pics.png/lnk/secret.png',
      '../other/photo.webp',
      '/photo.webp',
      './a/../../b.png',
      'https://example.org/a.png',
      '//x/a.png',
      'data:image/png;base64,AA',
      'a\\b.png',
      './photo.webp?x=1',
    ]) {
      assert.equal(localImage(src), undefined, src);
    }
  });

  it('reads an image’s type from its first bytes', () => {
    assert.equal(imageTypeOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), '.png');
    assert.equal(imageTypeOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0])), '.jpg');
    assert.equal(imageTypeOf(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ')), '.webp');
    assert.equal(imageTypeOf(new TextEncoder().encode('\0\0\0\x1cftypavif\0\0')), '.avif');
    assert.equal(imageTypeOf(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg">')), undefined);
    assert.equal(imageTypeOf(new TextEncoder().encode('GIF89a')), undefined);
    assert.equal(imageTypeOf(new Uint8Array()), undefined);
  });
});

describe('the rendered tree, judged as the page gets it', () => {
  const refusals = (body: string) =>
    renderEntry(body, { positions: true }).refusals.map(({ code, found, line }) => `${code} ${found} @${line}`);

  it('sees the links GFM makes of plain words, reference-style links and decoded entities', () => {
    assert.deepEqual(refusals('www.evil.example\n\n[a][r]\n\n[r]: //evil.example\n\n[b](&#106;avascript:x)'), [
      'unsafe-url http://www.evil.example @1',
      'unsafe-url //evil.example @3',
      'unsafe-url javascript:x @7',
    ]);
    assert.deepEqual(refusals('https://www.unesco.org/ et [page](/fr/data/)'), []);
  });

  it('refuses images from elsewhere and images without alternative text, reference-style ones too', () => {
    assert.deepEqual(refusals('![a][r]\n\n![](./x.png)\n\n![b](../y.png)\n\n[r]: https://example.org/z.png'), [
      'image-remote https://example.org/z.png @1',
      'image-alt-missing ![](./x.png) @3',
      'image-outside ../y.png @5',
    ]);
  });

  it('names the line of text the parser cannot read', () => {
    assert.deepEqual(refusals('ok\n\n<https://x.example>'), [
      'mdx-syntax Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`) (mdx-jsx:unexpected-character) @3',
    ]);
  });
});
