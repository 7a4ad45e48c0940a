import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerptText, readableExcerpt, TERMS_ANCHOR, TEXT_ANCHOR } from '../../src/lib/search/excerpt.ts';
import { searchTerms } from '../../src/lib/search/terms.ts';
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
    assert.deepEqual(elisionVariants('le programme d’alphabétisation de l’artisanat, qu’il, aujourd’hui'), [
      'alphabétisation',
      'artisanat',
      'il',
    ]);
    assert.deepEqual(searchSpellings("l'artisanat", 'fr'), ['artisanat']);
    assert.deepEqual(searchSpellings('the artisans’ houses', 'en'), []);
  });
});

describe('readableExcerpt', () => {
  // «Title words. Text one two three four five six. extra words»: the text is words 2 to 8.
  const content = 'Title words. Text one two three four five six. extra words';
  const anchors = [
    { id: TEXT_ANCHOR, location: 2 },
    { id: TERMS_ANCHOR, location: 9 },
  ];

  it('starts after the title and stops before the search-only words', () => {
    assert.equal(excerptText(readableExcerpt({ content, locations: [], anchors }, 30)), 'Text one two three four five six.');
    assert.equal(excerptText(readableExcerpt({ content, locations: [0, 9], anchors }, 30)), 'Text one two three four five six.');
  });

  it('moves to the matches, marks them and says where the text goes on', () => {
    assert.deepEqual(readableExcerpt({ content, locations: [7], anchors }, 3), [
      { text: '… three four ', mark: false },
      { text: 'five', mark: true },
      { text: ' …', mark: false },
    ]);
    // Near the end of the text, the window keeps its length: more words before the match.
    assert.equal(excerptText(readableExcerpt({ content, locations: [7], anchors }, 5)), '… two three four five six.');
    assert.equal(excerptText(readableExcerpt({ content, locations: [3], anchors }, 3)), 'Text one two …');
  });

  it('ends a cut excerpt on a full sentence near the cut', () => {
    const facts = 'Title. Some text here. Status : Ongoing. Area : Training. more';
    const at = [
      { id: TEXT_ANCHOR, location: 1 },
      { id: TERMS_ANCHOR, location: 11 },
    ];
    assert.equal(excerptText(readableExcerpt({ content: facts, locations: [], anchors: at }, 7)), 'Some text here. Status : Ongoing. …');
  });

  it('keeps the whole text when no anchor is found', () => {
    assert.equal(excerptText(readableExcerpt({ content: 'a b c', locations: [1], anchors: [] }, 30)), 'a b c');
  });
});

describe('searchTerms', () => {
  it('indexes the other names in the page’s language, the keywords, and their other spellings', () => {
    const terms = searchTerms({
      locale: 'ar',
      textLocale: 'ar',
      text: ['تحدي الألفية'],
      names: [],
      named: [{ aliases: { ar: ['اليونسكو'], fr: ['Sirwa'] } }, {}],
      keywords: ['الجائحة'],
    });
    assert.deepEqual(terms, ['اليونسكو', 'الجائحة', 'الالفيه', 'الجائحه']);
  });

  it('writes keywords in the text’s language and other names in the page’s', () => {
    const terms = searchTerms({
      locale: 'fr',
      textLocale: 'ar',
      text: [],
      names: [],
      named: [{ aliases: { fr: ['l’Oriental'], ar: ['الجهة الشرقية'] } }],
      keywords: ['الجائحة'],
    });
    assert.deepEqual(terms, ['l’Oriental', 'الجائحة', 'الجائحه', 'Oriental']);
  });
});
