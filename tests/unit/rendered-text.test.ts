import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arabicLeaks, decodeEntities, frenchSpacingErrors, parseHtml, textBlocks } from '../support/rendered-text.ts';

const leaks = (body: string) =>
  arabicLeaks(textBlocks(parseHtml(`<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>ISO</title></head><body>${body}</body></html>`)));
const french = (body: string) => frenchSpacingErrors(textBlocks(parseHtml(`<html lang="fr" dir="ltr"><body>${body}</body></html>`)));

describe('parseHtml and textBlocks', () => {
  it('reads a block across its inline elements, white space collapsed, scripts left out', () => {
    const blocks = textBlocks(
      parseHtml(
        '<html lang="fr"><body><p>Un\n   <a href="/">lien</a>&nbsp;: <b>gras</b></p><script>if (a < b) x()</script><div>Autre<br>ligne<p>bloc</p>après</div></body></html>',
      ),
    );
    assert.deepEqual(
      blocks.map((block) => block.map((piece) => piece.text).join('')),
      ['Un lien\u00a0: gras', 'Autre ligne', 'bloc', 'après'],
    );
  });

  it('records language, direction and isolation of each piece', () => {
    const [block] = textBlocks(
      parseHtml('<html lang="ar" dir="rtl"><p>نص <bdi>ESITH</bdi> <span lang="en" dir="ltr">English</span></p></html>'),
    );
    assert.deepEqual(
      block!.map(({ text, lang, rtl, isolate }) => [text, lang, rtl, isolate?.name]),
      [
        ['نص ', 'ar', true, undefined],
        ['ESITH', 'ar', false, 'bdi'],
        [' ', 'ar', true, undefined],
        ['English', 'en', false, 'span'],
      ],
    );
  });

  it('decodes character references and refuses unknown ones', () => {
    assert.equal(decodeEntities('a&amp;b &#39;c&#x27; &lt;d&gt; &quot;'), "a&b 'c' <d> \"");
    assert.throws(() => decodeEntities('&eacute;'), /unknown character reference/);
  });
});

describe('arabicLeaks', () => {
  it('finds the shortcut isolated in pieces and the key symbol left out (P+Ctrl on screen)', () => {
    assert.deepEqual(leaks('<p>استعمل (<bdi>Ctrl</bdi>+<bdi>P</bdi> أو ⌘<bdi>P</bdi>)</p>'), [
      '⌘ in «استعمل («…»+«…» أو ⌘«…»)»',
      '«…»+«…» in «استعمل («…»+«…» أو ⌘«…»)»',
      '⌘«…» in «استعمل («…»+«…» أو ⌘«…»)»',
    ]);
  });

  it('finds Latin words, codes and file names that no element isolates, in any language tag', () => {
    assert.deepEqual(leaks('<p>خلاصة RSS للإنجازات</p>'), ['RSS in «خلاصة RSS للإنجازات»']);
    assert.deepEqual(leaks('<p>القانون رقم 50-17</p>'), ['50-17 in «القانون رقم 50-17»']);
    assert.deepEqual(leaks('<p>بلغات أخرى: <a lang="fr">Français</a></p>'), ['Français in «بلغات أخرى: Français»']);
    assert.deepEqual(leaks('<p dir="ltr">ok</p><p>نص <span dir="rtl">UTF-8</span></p>'), ['UTF-8 in «نص UTF-8»']);
  });

  it('accepts runs in <bdi> or under dir="ltr"/"auto", plain numbers, the <head>, and left-to-right text', () => {
    assert.deepEqual(
      leaks('<p>ملف <bdi>PDF</bdi>، رمز <bdi>ISO 3166-2:MA</bdi>. <code dir="ltr">a, b</code> <span dir="auto">CSV</span></p>'),
      [],
    );
    assert.deepEqual(leaks('<p>16.098 شابًا في 2020</p>'), []);
    assert.deepEqual(arabicLeaks(textBlocks(parseHtml('<html lang="fr" dir="ltr"><p>Ctrl+P</p></html>'))), []);
  });
});

describe('frenchSpacingErrors', () => {
  it('finds the colon glued to a link and the space lost before an inline element', () => {
    assert.deepEqual(french('<p>Les mêmes fichiers dans d’autres langues:<a lang="ar" dir="rtl">العربية</a></p>'), [
      ': in «Les mêmes fichiers dans d’autres langues:…»',
    ]);
    assert.deepEqual(french('<p>sous la licence :<a>Creative Commons</a></p>'), [': in «sous la licence :Creative Commons»']);
    assert.deepEqual(french('<p>« Rapport »</p>'), ['» in «« Rapport »»', '« in «« Rapport »»']);
    assert.deepEqual(french('<p>Vraiment\u00a0 ?</p>'), ['? in «Vraiment\u00a0 ?»']);
  });

  it('measures across inline elements, and leaves code, addresses, times and other languages out', () => {
    assert.deepEqual(french('<p><strong>Nature</strong>\u00a0: <span>«\u00a0<em>Titre</em>\u00a0»</span> ; fin\u202f!</p>'), [
      '; in «Nature\u00a0: «\u00a0Titre\u00a0» ; fin\u202f!»',
    ]);
    assert.deepEqual(
      french('<p>Voir https://example.ma/?a=1 à 10:30, ISO 3166-2:MA, <code>a:b; c?</code> et <span lang="en">Note: yes</span></p>'),
      [],
    );
  });
});
