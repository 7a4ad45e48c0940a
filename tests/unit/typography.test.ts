import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTranslations } from '../../src/i18n/index.ts';
import { frenchSpacing, spacePunctuation } from '../../src/lib/typography.ts';

describe('frenchSpacing', () => {
  it('puts a no-break space before the colon and inside guillemets, a narrow one before ; ! ?', () => {
    assert.equal(frenchSpacing('Source : document « Rapport » (en arabe).'), 'Source\u00a0: document «\u00a0Rapport\u00a0» (en arabe).');
    assert.equal(frenchSpacing('en français ; les mêmes'), 'en français\u202f; les mêmes');
    assert.equal(frenchSpacing('Vraiment ? Oui !'), 'Vraiment\u202f? Oui\u202f!');
  });

  it('keeps spaces already right, and marks written without a space (codes, times, addresses)', () => {
    assert.equal(frenchSpacing('Langue\u00a0: ar'), 'Langue\u00a0: ar');
    assert.equal(frenchSpacing('ISO 3166-2:MA à 10:30, https://example.ma/?q=1'), 'ISO 3166-2:MA à 10:30, https://example.ma/?q=1');
    assert.equal(frenchSpacing('{{heading}} :'), '{{heading}}\u00a0:');
  });

  it('applies to French only', () => {
    assert.equal(spacePunctuation('Source : x', 'plain'), 'Source : x');
    assert.equal(spacePunctuation('Source : x', 'french'), 'Source\u00a0: x');
  });
});

describe('the French translator', () => {
  const t = useTranslations('fr');

  it('spaces the dictionary texts, placeholders filled after', () => {
    assert.equal(t('footer.source'), 'Source\u00a0: document «\u00a0Principales réalisations du secteur de l’artisanat\u00a0» (en arabe).');
    assert.equal(
      t('achievement.sourceText', { heading: 'Appui technique', line: 17 }),
      'Sous le titre «\u00a0Appui technique\u00a0», ligne 17 du document de référence (en arabe).',
    );
    assert.equal(t('data.csvColumns', { file: 'figures.csv' }), 'Colonnes de figures.csv\u00a0:');
  });

  it('leaves Arabic and English texts as written', () => {
    assert.equal(useTranslations('ar')('punctuation.labelSeparator'), ': ');
    assert.equal(useTranslations('en')('map.legend'), 'Number of achievements:');
  });
});
