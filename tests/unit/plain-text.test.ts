import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
});
