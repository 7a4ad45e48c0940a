import type { NameLocale, OptionalNameLocale, PluralFormOf } from '../i18n/locales.ts';

/**
 * What a figure counts. Each unit has its label in every language of the locale table, in
 * every plural form the table gives that language, so that a counted noun agrees with its number:
 *
 * - Arabic (CLDR categories): `one` 1, `two` 2, `few` 3–10, `many` 11–99, `other` 100–102
 *   (and any number whose last two digits fall in those ranges: 104 is `few`, 880 `many`),
 *   `zero` 0.
 * - French and English: `one` and `other`.
 *
 * Labels are written without the number: the page shows `16.098` and then `شابًا`.
 * To add a unit or a language, add its labels here; the type checker then asks for every form
 * (of a language with `names: 'required'`).
 */
export const units = {
  infrastructure: {
    ar: { zero: 'بنية تحتية', one: 'بنية تحتية', two: 'بنيتان تحتيتان', few: 'بنيات تحتية', many: 'بنية تحتية', other: 'بنية تحتية' },
    fr: { one: 'infrastructure', other: 'infrastructures' },
    en: { one: 'infrastructure', other: 'infrastructures' },
  },
  village: {
    ar: { zero: 'قرية', one: 'قرية', two: 'قريتان', few: 'قرى', many: 'قرية', other: 'قرية' },
    fr: { one: 'village d’artisans', other: 'villages d’artisans' },
    en: { one: 'crafts village', other: 'crafts villages' },
  },
  complex: {
    ar: { zero: 'مجمع', one: 'مجمع', two: 'مجمعان', few: 'مجمعات', many: 'مجمعًا', other: 'مجمع' },
    fr: { one: 'complexe artisanal', other: 'complexes artisanaux' },
    en: { one: 'crafts complex', other: 'crafts complexes' },
  },
  'integrated-complex': {
    ar: { zero: 'مركب مندمج', one: 'مركب مندمج', two: 'مركبان مندمجان', few: 'مركبات مندمجة', many: 'مركبًا مندمجًا', other: 'مركب مندمج' },
    fr: { one: 'complexe intégré', other: 'complexes intégrés' },
    en: { one: 'integrated complex', other: 'integrated complexes' },
  },
  'exhibition-space': {
    ar: {
      zero: 'فضاء للعرض والبيع',
      one: 'فضاء للعرض والبيع',
      two: 'فضاءان للعرض والبيع',
      few: 'فضاءات للعرض والبيع',
      many: 'فضاءً للعرض والبيع',
      other: 'فضاء للعرض والبيع',
    },
    fr: { one: 'espace d’exposition et de vente', other: 'espaces d’exposition et de vente' },
    en: { one: 'exhibition and sales space', other: 'exhibition and sales spaces' },
  },
  'womens-house': {
    ar: { zero: 'دار للصانعة', one: 'دار للصانعة', two: 'داران للصانعة', few: 'دور للصانعة', many: 'دارًا للصانعة', other: 'دار للصانعة' },
    fr: { one: 'maison de l’artisane (Dar Essanâa)', other: 'maisons de l’artisane (Dar Essanâa)' },
    en: { one: 'women artisans’ house', other: 'women artisans’ houses' },
  },
  'technical-support-centre': {
    ar: {
      zero: 'مركز للدعم التقني',
      one: 'مركز للدعم التقني',
      two: 'مركزان للدعم التقني',
      few: 'مراكز للدعم التقني',
      many: 'مركزًا للدعم التقني',
      other: 'مركز للدعم التقني',
    },
    fr: { one: 'centre d’appui technique', other: 'centres d’appui technique' },
    en: { one: 'technical support centre', other: 'technical support centres' },
  },
  'activity-zone': {
    ar: {
      zero: 'منطقة للأنشطة',
      one: 'منطقة للأنشطة',
      two: 'منطقتان للأنشطة',
      few: 'مناطق للأنشطة',
      many: 'منطقةً للأنشطة',
      other: 'منطقة للأنشطة',
    },
    fr: { one: 'zone d’activités', other: 'zones d’activités' },
    en: { one: 'activity zone', other: 'activity zones' },
  },
  fondouk: {
    ar: { zero: 'فندق', one: 'فندق', two: 'فندقان', few: 'فنادق', many: 'فندقًا', other: 'فندق' },
    fr: { one: 'fondouk', other: 'fondouks' },
    en: { one: 'fondouk', other: 'fondouks' },
  },
  draz: {
    ar: { zero: 'دراز', one: 'دراز', two: 'درازان', few: 'درازات', many: 'درازًا', other: 'دراز' },
    fr: { one: 'draz (atelier de tissage)', other: 'draz (ateliers de tissage)' },
    en: { one: 'draz (weaving workshop)', other: 'draz (weaving workshops)' },
  },
  'crafts-hub': {
    ar: {
      zero: 'قطب للصناعة التقليدية',
      one: 'قطب للصناعة التقليدية',
      two: 'قطبان للصناعة التقليدية',
      few: 'أقطاب للصناعة التقليدية',
      many: 'قطبًا للصناعة التقليدية',
      other: 'قطب للصناعة التقليدية',
    },
    fr: { one: 'pôle de l’artisanat', other: 'pôles de l’artisanat' },
    en: { one: 'handicrafts hub', other: 'handicrafts hubs' },
  },
  'survey-round': {
    ar: {
      zero: 'دفعة من البحوث الميدانية',
      one: 'دفعة من البحوث الميدانية',
      two: 'دفعتان من البحوث الميدانية',
      few: 'دفعات من البحوث الميدانية',
      many: 'دفعةً من البحوث الميدانية',
      other: 'دفعة من البحوث الميدانية',
    },
    fr: { one: 'vague d’enquêtes de terrain', other: 'vagues d’enquêtes de terrain' },
    en: { one: 'round of field surveys', other: 'rounds of field surveys' },
  },
  'young-person': {
    ar: { zero: 'شاب', one: 'شاب', two: 'شابان', few: 'شباب', many: 'شابًا', other: 'شاب' },
    fr: { one: 'jeune', other: 'jeunes' },
    en: { one: 'young person', other: 'young people' },
  },
  inmate: {
    ar: { zero: 'نزيل', one: 'نزيل', two: 'نزيلان', few: 'نزلاء', many: 'نزيلًا', other: 'نزيل' },
    fr: { one: 'détenu', other: 'détenus' },
    en: { one: 'prison inmate', other: 'prison inmates' },
  },
  artisan: {
    ar: {
      zero: 'صانع تقليدي',
      one: 'صانع تقليدي',
      two: 'صانعان تقليديان',
      few: 'صناع تقليديين',
      many: 'صانعًا تقليديًا',
      other: 'صانع تقليدي',
    },
    fr: { one: 'artisan', other: 'artisans' },
    en: { one: 'artisan', other: 'artisans' },
  },
  'specialised-institute': {
    ar: { zero: 'معهد متخصص', one: 'معهد متخصص', two: 'معهدان متخصصان', few: 'معاهد متخصصة', many: 'معهدًا متخصصًا', other: 'معهد متخصص' },
    fr: { one: 'institut spécialisé', other: 'instituts spécialisés' },
    en: { one: 'specialised institute', other: 'specialised institutes' },
  },
  meeting: {
    ar: { zero: 'لقاء', one: 'لقاء', two: 'لقاءان', few: 'لقاءات', many: 'لقاءً', other: 'لقاء' },
    fr: { one: 'rencontre', other: 'rencontres' },
    en: { one: 'meeting', other: 'meetings' },
  },
  'training-programme': {
    ar: {
      zero: 'برنامج للتكوين',
      one: 'برنامج للتكوين',
      two: 'برنامجان للتكوين',
      few: 'برامج للتكوين',
      many: 'برنامجًا للتكوين',
      other: 'برنامج للتكوين',
    },
    fr: { one: 'programme de formation', other: 'programmes de formation' },
    en: { one: 'training programme', other: 'training programmes' },
  },
} as const satisfies Record<string, UnitLabels>;

/**
 * A unit's label in each language, in the plural forms the locale table gives it; optional in a
 * language whose names are (`names: 'optional'`), whose pages show the Arabic label then.
 */
export type UnitLabels = { [L in NameLocale]: Record<PluralFormOf<L>, string> } & {
  [L in OptionalNameLocale]?: Record<PluralFormOf<L>, string>;
};

export type UnitId = keyof typeof units;

export const unitIds = Object.keys(units) as [UnitId, ...UnitId[]];

/**
 * Units that count people (trainees, artisans, inmates): figures in these units can be set
 * side by side on one chart of how many people a programme reached.
 */
export const peopleUnits: readonly UnitId[] = ['young-person', 'inmate', 'artisan'];
