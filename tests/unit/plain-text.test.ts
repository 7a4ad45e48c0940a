import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderEntry } from '../../src/lib/mdx-html.ts';
import { plainText } from '../../src/lib/share/plain-text.ts';

describe('plain text of a body, for descriptions', () => {
  it('keeps the words of inline HTML and links, drops the markup', () => {
    assert.equal(
      plainText('تمت المصادقة على القانون رقم <bdi>50-17</bdi> من طرف [البرلمان](https://example.org) **بمجلسيه**.'),
      'تمت المصادقة على القانون رقم 50-17 من طرف البرلمان بمجلسيه.',
    );
  });

  it('drops images, headings and list markers, and joins lines', () => {
    assert.equal(
      plainText('## Bilan\n\n- 16 villages ;\n- 5 complexes.\n\n![Une photo](./photo.webp)'),
      'Bilan 16 villages ; 5 complexes.',
    );
  });

  it('cuts a long text at a word boundary, with an ellipsis and no trailing comma', () => {
    const summary = plainText('67 بنية تحتية في طور الأشغال: 16 قرية، 5 مجمعات، 1 مركب مندمج', 30);
    assert.ok(summary.length <= 30, summary);
    assert.equal(summary, '67 بنية تحتية في طور الأشغال…');
  });

  it('leaves a short text whole', () => {
    assert.equal(plainText('A short text.', 160), 'A short text.');
  });

  it('reads the text as the page shows it: typographic quotes, entities decoded, escapes gone', () => {
    const body = 'في "نسيج البروكار" و women artisans\' houses -- AT&amp;T \\*';
    assert.equal(plainText(body), 'في “نسيج البروكار” و women artisans’ houses – AT&T *');
    const page = renderEntry(body)
      .html.replace(/<[^>]+>/g, '')
      .replaceAll('&#x26;', '&')
      .replaceAll('&amp;', '&');
    assert.equal(plainText(body), page);
  });

  it('separates blocks, cells and hard breaks by a space, and drops ordered-list numbers', () => {
    assert.equal(
      plainText('1. un\n2. deux\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nligne  \nsuivante ~~barré~~'),
      'un deux a b 1 2 ligne suivante barré',
    );
  });

  it('keeps the text of a block element and of the elements in it, with no space added inside a word', () => {
    assert.equal(plainText('<bdi>UNES**CO**</bdi>\n\n<bdi>\nun\n\ndeux\n</bdi>'), 'UNESCO un deux');
  });
});
