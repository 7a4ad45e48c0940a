import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { elisionVariants, normalisedVariants, normalizeArabic, searchSpellings, searchVariants } from '../../src/lib/search/spelling.ts';

describe('normalizeArabic', () => {
  it('folds the spellings Arabic readers treat as one', () => {
    assert.equal(normalizeArabic('إِنْجَازات'), 'انجازات');
    assert.equal(normalizeArabic('الصناعـة'), 'الصناعه');
    assert.equal(normalizeArabic('أإآٱ'), 'اااا');
    assert.equal(normalizeArabic('مستوى'), 'مستوي');
    assert.equal(normalizeArabic('UNESCO 2020'), 'UNESCO 2020');
  });
});

describe('searchVariants', () => {
  it('adds the forms Pagefind’s stemmer does not reach', () => {
    assert.deepEqual(searchVariants('والتكوين'), ['والتكوين', 'التكوين']);
    assert.deepEqual(searchVariants('تكوين'), ['تكوين', 'التكوين']);
    assert.deepEqual(searchVariants('بالراشيدية'), ['بالراشيدية', 'الراشيديه']);
    assert.deepEqual(searchVariants('للعرض'), ['للعرض', 'العرض']);
    assert.deepEqual(searchVariants('تحدى'), ['تحدى', 'تحدي', 'التحدي']);
    assert.deepEqual(searchVariants('  التكوين  '), ['التكوين']);
  });

  it('leaves Latin queries and empty input alone', () => {
    assert.deepEqual(searchVariants('UNESCO'), ['UNESCO']);
    assert.deepEqual(searchVariants('formation des artisans'), ['formation des artisans']);
    assert.deepEqual(searchVariants('   '), []);
  });
});

describe('indexed spellings', () => {
  it('add the normalised form of Arabic words that differ from it', () => {
    assert.deepEqual(normalisedVariants('تحدي الألفية مؤسسة مستوى'), ['الالفيه', 'مؤسسه', 'مستوي']);
    assert.deepEqual(normalisedVariants('برنامج محو'), []);
  });

  it('free French words from their elision', () => {
    assert.deepEqual(elisionVariants('le programme d’alphabétisation de l’artisanat, qu’il, aujourd’hui'), ['alphabétisation', 'artisanat', 'il']);
    assert.deepEqual(searchSpellings("l'artisanat", 'fr'), ['artisanat']);
    assert.deepEqual(searchSpellings('the artisans’ houses', 'en'), []);
  });
});
