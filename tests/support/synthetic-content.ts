import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { useTranslations, type Translator } from '../../src/i18n/index.ts';
import { localeCodes, textsRequired, type RequiredTextLocale } from '../../src/i18n/locales.ts';
import { formatList, formatNumber, formatPartialDate } from '../../src/lib/format.ts';
import { dateEvents, statuses } from '../../src/schemas/achievement.ts';
import { parsePartialDate } from '../../src/schemas/partial-date.ts';
import { unitIds, type UnitId } from '../../src/schemas/units.ts';

/**
 * Synthetic achievements for the scale benchmark (`npm run bench:scale`): `count` entries in
 * every language whose texts are required, valid for the content check, written into a copy of the project.
 *
 * Each entry uses the real categories, regions, places and partners, has figures (some with
 * a breakdown), dates, legal references and publications where its category calls for them,
 * and a few paragraphs of prose per language that name its figures, places, partners and
 * dates as the site formats them (16.098 / 16 098 / 16,098), so the check's number-drift rule
 * holds. The content check ties every achievement to a bullet of the source document: the
 * generator appends one heading per category to `content/source/report.ar.txt` with one
 * bullet per entry, after the real ones, whose line numbers do not move.
 */

type Names = Record<Locale, string>;
interface Row {
  id: string;
  name: Names;
}
interface Category extends Row {
  order: number;
}
interface Place extends Row {
  region: string;
}

// Every language of the table whose texts are required: the sample sentences below are typed per locale.
type Locale = RequiredTextLocale;
const LOCALES = localeCodes.filter(textsRequired);

/** A small deterministic generator (mulberry32): the same seed gives the same site. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Prose with no number in it, so it can never drift from the facts. */
const sentences: Record<Locale, readonly string[]> = {
  ar: [
    'ويهدف هذا المشروع إلى تحسين ظروف اشتغال الصناع التقليديين والرفع من جودة منتوجاتهم وتيسير ولوجها إلى الأسواق الوطنية والدولية.',
    'وتندرج هذه العملية في إطار الاستراتيجية الوطنية لتنمية قطاع الصناعة التقليدية والمحافظة على الحرف المهددة بالانقراض.',
    'وقد تم إشراك الغرف المهنية والجمعيات والتعاونيات العاملة بالقطاع في جميع مراحل الإعداد والتنفيذ والتتبع.',
    'كما شملت العملية تنظيم دورات تحسيسية لفائدة الصانعات والصناع حول معايير الجودة والسلامة المهنية.',
    'وتم اعتماد مقاربة تشاركية تراعي خصوصيات كل حرفة وحاجيات الصناع على المستوى المحلي.',
    'ويساهم هذا الإنجاز في خلق فرص شغل جديدة لفائدة الشباب والنساء بالوسطين الحضري والقروي.',
    'وتمت مواكبة المستفيدين بالتأطير التقني والتكوين المستمر في مجالات التصميم والتسويق والتدبير.',
    'وقد مكنت هذه المبادرة من تثمين المواد الأولية المحلية كالصوف والطين والجلد والخشب والنحاس.',
    'وتعمل المصالح المختصة على تقييم النتائج المحققة واقتراح التدابير الكفيلة بضمان استدامتها.',
    'ويأتي هذا العمل استجابة لانتظارات المهنيين في ما يخص التجهيز والتأهيل وتحسين ظروف العرض والبيع.',
    'وسيتم تعميم هذه التجربة على باقي الجهات بعد استخلاص الدروس من مرحلتها الأولى.',
    'وتولي الوزارة أهمية خاصة لنقل المهارات بين الأجيال وتوثيق التقنيات التقليدية في الصباغة والنسيج والنقش.',
  ],
  fr: [
    'Ce projet vise à améliorer les conditions de travail des artisans, la qualité de leurs produits et leur accès aux marchés nationaux et internationaux.',
    'Il s’inscrit dans la stratégie nationale de développement de l’artisanat et de sauvegarde des métiers menacés de disparition.',
    'Les chambres professionnelles, les associations et les coopératives du secteur ont été associées à toutes les étapes de la préparation, de la mise en œuvre et du suivi.',
    'L’opération a également comporté des sessions de sensibilisation des artisanes et des artisans aux normes de qualité et de sécurité au travail.',
    'Une démarche participative a été retenue, qui tient compte des particularités de chaque métier et des besoins des artisans au niveau local.',
    'Cette réalisation contribue à créer de nouveaux emplois pour les jeunes et les femmes, en milieu urbain comme en milieu rural.',
    'Les bénéficiaires ont été accompagnés par un encadrement technique et une formation continue en design, en commercialisation et en gestion.',
    'L’initiative a permis de valoriser les matières premières locales : laine, argile, cuir, bois et cuivre.',
    'Les services compétents évaluent les résultats obtenus et proposent les mesures propres à les pérenniser.',
    'Ce travail répond aux attentes des professionnels en matière d’équipement, de mise à niveau et de conditions d’exposition et de vente.',
    'L’expérience sera étendue aux autres régions une fois tirées les leçons de sa première phase.',
    'Le ministère accorde une importance particulière à la transmission des savoir-faire entre générations et à la documentation des techniques de teinture, de tissage et de gravure.',
  ],
  en: [
    'The project aims to improve artisans’ working conditions and the quality of their products, and to ease their access to national and international markets.',
    'It is part of the national strategy for the development of handicrafts and the safeguarding of endangered crafts.',
    'Professional chambers, associations and cooperatives of the sector took part in every stage of preparation, implementation and monitoring.',
    'The operation also included awareness sessions for women and men artisans on quality standards and occupational safety.',
    'A participatory approach was chosen, taking into account the particularities of each craft and the needs of artisans locally.',
    'The achievement helps create new jobs for young people and women, in towns and in the countryside alike.',
    'Beneficiaries received technical supervision and continuing training in design, marketing and management.',
    'The initiative made it possible to add value to local raw materials: wool, clay, leather, wood and copper.',
    'The competent departments are assessing the results and proposing measures to make them last.',
    'The work answers professionals’ expectations regarding equipment, upgrading and conditions of display and sale.',
    'The experience will be extended to the other regions once the lessons of its first phase have been drawn.',
    'The ministry attaches particular importance to passing skills from one generation to the next and to documenting traditional techniques of dyeing, weaving and engraving.',
  ],
};

/** What was done, by category: a title's head and the start of the first sentence. */
const actions: Record<string, Record<Locale, readonly string[]>> = {
  infrastructure: {
    ar: ['إحداث وتجهيز', 'تأهيل وتوسيع', 'بناء'],
    fr: ['Création et équipement de', 'Mise à niveau et extension de', 'Construction de'],
    en: ['Creation and equipment of', 'Upgrading and extension of', 'Construction of'],
  },
  'studies-and-publications': {
    ar: ['إنجاز دراسة ميدانية حول', 'إصدار تقرير حول', 'إنجاز بحث حول'],
    fr: ['Étude de terrain sur', 'Publication d’un rapport sur', 'Enquête sur'],
    en: ['Field study of', 'Report on', 'Survey of'],
  },
  'legal-framework': {
    ar: ['إعداد نص تنظيمي يتعلق ب', 'تحيين الإطار القانوني المتعلق ب', 'المصادقة على مشروع نص يتعلق ب'],
    fr: ['Texte d’application relatif à', 'Mise à jour du cadre juridique relatif à', 'Adoption d’un projet de texte relatif à'],
    en: ['Implementing text on', 'Update of the legal framework on', 'Adoption of a draft text on'],
  },
  'technical-support': {
    ar: ['دعم ومواكبة', 'اقتناء معدات تقنية لفائدة', 'تقديم خبرة تقنية لفائدة'],
    fr: ['Soutien et accompagnement de', 'Acquisition d’équipements techniques pour', 'Expertise technique au profit de'],
    en: ['Support and coaching of', 'Purchase of technical equipment for', 'Technical expertise for'],
  },
  'quality-research-innovation': {
    ar: ['اتفاقية شراكة من أجل تحسين جودة', 'بحث تطبيقي حول', 'مشروع ابتكار في'],
    fr: ['Convention de partenariat pour la qualité de', 'Recherche appliquée sur', 'Projet d’innovation dans'],
    en: ['Partnership agreement on the quality of', 'Applied research on', 'Innovation project in'],
  },
  'occupational-safety': {
    ar: ['اقتناء وسائل الحماية الفردية لفائدة', 'تحسيس بمخاطر العمل لدى', 'تأهيل ورشات'],
    fr: [
      'Équipements de protection individuelle pour',
      'Sensibilisation aux risques professionnels de',
      'Mise en sécurité des ateliers de',
    ],
    en: ['Personal protective equipment for', 'Occupational risk awareness for', 'Making safe the workshops of'],
  },
  'vocational-training': {
    ar: ['تكوين', 'التكوين بالتدرج المهني لفائدة', 'تأهيل مهارات'],
    fr: ['Formation de', 'Apprentissage au profit de', 'Renforcement des compétences de'],
    en: ['Training of', 'Apprenticeship for', 'Skills development of'],
  },
};

/** Crafts the entries are about. */
const crafts: Record<Locale, readonly string[]> = {
  ar: [
    'صناع الفخار',
    'نساجات الزربية',
    'صناع الجلد',
    'صناع النحاس',
    'صناع الخشب',
    'صناع الزليج',
    'صانعات الطرز',
    'صناع الحلي',
    'صناع الدباغة',
    'صناع السلالة',
  ],
  fr: [
    'potiers',
    'tisserandes de tapis',
    'maroquiniers',
    'dinandiers',
    'menuisiers d’art',
    'artisans du zellige',
    'brodeuses',
    'bijoutiers',
    'tanneurs',
    'vanniers',
  ],
  en: [
    'potters',
    'carpet weavers',
    'leather workers',
    'coppersmiths',
    'woodworkers',
    'zellige makers',
    'embroiderers',
    'jewellers',
    'tanners',
    'basket makers',
  ],
};

const closing: Record<Locale, (regions: string) => string> = {
  ar: (regions) => `وشملت العملية ${regions}.`,
  fr: (regions) => `L’opération concerne ${regions}.`,
  en: (regions) => `The operation covers ${regions}.`,
};

const withPartners: Record<Locale, (names: string) => string> = {
  ar: (names) => `بشراكة مع ${names}`,
  fr: (names) => `en partenariat avec ${names}`,
  en: (names) => `in partnership with ${names}`,
};

const inPlaces: Record<Locale, (names: string) => string> = {
  ar: (names) => `ب${names}`,
  fr: (names) => `à ${names}`,
  en: (names) => `in ${names}`,
};

const onDate: Record<Locale, (date: string) => string> = {
  ar: (date) => `تاريخ هذه المرحلة: ${date}.`,
  fr: (date) => `Date de cette étape : ${date}.`,
  en: (date) => `Date of this stage: ${date}.`,
};

const figureSentence: Record<Locale, (figure: string) => string> = {
  ar: (figure) => `وبلغت الحصيلة ${figure}.`,
  fr: (figure) => `Le bilan s’établit à ${figure}.`,
  en: (figure) => `The outcome amounts to ${figure}.`,
};

const nationalScope: Names = { ar: 'مجموع التراب الوطني', fr: 'l’ensemble du territoire national', en: 'the whole country' };

interface TextPlan {
  action: number;
  craft: number;
  /** Indexes into `sentences`, per paragraph. */
  paragraphs: number[][];
}

interface Figure {
  value: number;
  unit: UnitId;
  headline?: boolean;
  date?: string;
  places?: string[];
  breakdown?: { value: number; unit: UnitId }[];
}

interface Facts {
  title: string;
  category: string;
  status: (typeof statuses)[number];
  source: { line: number };
  scope: 'national' | 'regional' | 'unspecified';
  regions: string[];
  places: string[];
  partners: string[];
  figures: Figure[];
  dates: { date: string; event: (typeof dateEvents)[number] }[];
  legal: { type: 'law' | 'decree' | 'order'; number?: string; officialBulletin?: number }[];
  publications: { work: 'handicrafts-panorama' | 'exports-annual-report'; edition?: number }[];
}

export interface SyntheticOptions {
  /** How many achievements to add, each in the three languages. */
  count: number;
  seed?: number;
}

export interface SyntheticResult {
  slugs: string[];
  /** Files written (3 per achievement). */
  files: number;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function yamlOf(facts: Facts): string {
  // JSON is YAML: one quoted scalar per field, nothing for the YAML parser to guess.
  const lines = Object.entries(facts)
    .filter(([, value]) => !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/**
 * Writes `count` synthetic achievements into `contentDir` (a copy's `content/`), and their
 * bullets into its source document. Real entries are left as they are.
 */
export function writeSyntheticAchievements(contentDir: URL, { count, seed = 1 }: SyntheticOptions): SyntheticResult {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], max: number): T[] => {
    const chosen = new Set<T>();
    const wanted = 1 + Math.floor(next() * max);
    while (chosen.size < Math.min(wanted, items.length)) chosen.add(pick(items));
    return [...chosen];
  };
  const read = <T>(file: string) => parse(readFileSync(new URL(file, contentDir), 'utf8')) as T[];
  const categories = read<Category>('categories.yaml').sort((a, b) => a.order - b.order);
  const regions = read<Row>('regions.yaml');
  const places = read<Place>('places.yaml');
  const partners = read<Row>('partners.yaml');
  const byId = <T extends Row>(rows: readonly T[]) => new Map(rows.map((row) => [row.id, row]));
  const regionIndex = byId(regions);
  const placeIndex = byId(places);
  const partnerIndex = byId(partners);
  const translators = Object.fromEntries(LOCALES.map((locale) => [locale, useTranslations(locale)])) as Record<Locale, Translator>;

  const sourcePath = new URL('source/report.ar.txt', contentDir);
  const source = readFileSync(sourcePath, 'utf8').replace(/\n*$/, '\n');
  let line = source.split('\n').length - 1;

  // Entries are drawn first, then written category by category: the source document lists
  // them under their heading, in order.
  const width = String(count).length;
  const drawn = Array.from({ length: count }, (_, index) => ({ index, category: pick(categories) }));
  const bullets: string[] = [];
  const slugs: string[] = [];
  for (const category of categories) {
    const inCategory = drawn.filter((entry) => entry.category === category);
    if (inCategory.length === 0) continue;
    bullets.push(category.name.ar);
    line++;
    for (const { index } of inCategory) {
      line++;
      const slug = `synthetic-${pad(index + 1, width)}`;
      const facts = drawFacts(category, line);
      const plan = drawPlan(facts.category);
      const texts = Object.fromEntries(LOCALES.map((locale) => [locale, writeText(facts, plan, locale)])) as Record<
        Locale,
        { title: string; body: string }
      >;
      facts.title = texts.ar.title;
      bullets.push(`- ${texts.ar.body.split('\n')[0]}`);
      const folder = new URL(`achievements/${slug}/`, contentDir);
      mkdirSync(folder, { recursive: true });
      writeFileSync(new URL('ar.mdx', folder), `${yamlOf(facts)}\n${texts.ar.body}\n`);
      for (const locale of ['fr', 'en'] as const) {
        writeFileSync(
          new URL(`${locale}.mdx`, folder),
          `---\ntitle: ${JSON.stringify(texts[locale].title)}\n---\n\n${texts[locale].body}\n`,
        );
      }
      slugs.push(slug);
    }
  }
  writeFileSync(sourcePath, source);
  appendFileSync(sourcePath, `${bullets.join('\n')}\n`);
  return { slugs: slugs.sort(), files: slugs.length * LOCALES.length };

  function drawFacts(category: Category, sourceLine: number): Facts {
    const roll = next();
    const scope = roll < 0.5 ? 'regional' : roll < 0.85 ? 'national' : 'unspecified';
    const factRegions =
      scope === 'regional'
        ? some(
            regions.map((region) => region.id),
            3,
          )
        : [];
    const candidatePlaces = places.filter((place) => factRegions.includes(place.region)).map((place) => place.id);
    const factPlaces = candidatePlaces.length > 0 && next() < 0.6 ? some(candidatePlaces, 2) : [];
    const year = 2010 + Math.floor(next() * 15);
    const figures: Figure[] = [];
    const figureCount = Math.floor(next() * 3);
    for (let index = 0; index < figureCount; index++) {
      const value = next() < 0.3 ? 2 + Math.floor(next() * 40) : 50 + Math.floor(next() * 25000);
      const figure: Figure = { value, unit: pick(unitIds) };
      // A few headline figures, as editors mark them: the home page shows the first ones.
      if (next() < 0.05) figure.headline = true;
      if (next() < 0.3) figure.date = String(year);
      if (factPlaces.length > 0 && next() < 0.5) figure.places = [pick(factPlaces)];
      if (value >= 10 && next() < 0.25) {
        const first = 1 + Math.floor(next() * (value - 2));
        figure.breakdown = [
          { value: first, unit: pick(unitIds) },
          { value: value - first, unit: pick(unitIds) },
        ];
      }
      figures.push(figure);
    }
    const dates: Facts['dates'] = [];
    const dateCount = Math.floor(next() * 3);
    for (let index = 0; index < dateCount; index++) {
      const month = 1 + Math.floor(next() * 12);
      const precision = next();
      const date =
        precision < 0.4
          ? String(year + index)
          : precision < 0.7
            ? `${year + index}-${pad(month, 2)}`
            : `${year + index}-${pad(month, 2)}-${pad(1 + Math.floor(next() * 28), 2)}`;
      dates.push({ date, event: pick(dateEvents) });
    }
    const legal: Facts['legal'] =
      category.id === 'legal-framework'
        ? [
            {
              type: pick(['law', 'decree', 'order'] as const),
              number: `${10 + Math.floor(next() * 89)}-${pad(year % 100, 2)}`,
              officialBulletin: 6000 + Math.floor(next() * 1500),
            },
          ]
        : [];
    const publications: Facts['publications'] =
      category.id === 'studies-and-publications' && next() < 0.5
        ? [{ work: pick(['handicrafts-panorama', 'exports-annual-report'] as const), edition: 1 + Math.floor(next() * 20) }]
        : [];
    return {
      title: '',
      category: category.id,
      status: pick(statuses),
      source: { line: sourceLine },
      scope,
      regions: factRegions,
      places: factPlaces,
      partners:
        next() < 0.7
          ? some(
              partners.map((partner) => partner.id),
              3,
            )
          : [],
      figures,
      dates,
      legal,
      publications,
    };
  }

  /** What the text says, drawn once: the three languages say the same thing. */
  function drawPlan(category: string): TextPlan {
    const sentenceCount = sentences.ar.length;
    const paragraphs = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
      const chosen = new Set<number>();
      const wanted = 2 + Math.floor(next() * 3);
      while (chosen.size < wanted) chosen.add(Math.floor(next() * sentenceCount));
      return [...chosen];
    });
    return { action: Math.floor(next() * actions[category]!.ar.length), craft: Math.floor(next() * crafts.ar.length), paragraphs };
  }

  function writeText(facts: Facts, plan: TextPlan, locale: Locale): { title: string; body: string } {
    const t = translators[locale];
    const action = actions[facts.category]![locale][plan.action]!;
    const craft = crafts[locale][plan.craft]!;
    const joiner = locale === 'ar' && action.endsWith('ب') ? '' : ' ';
    const placeNames = facts.places.map((id) => placeIndex.get(id)!.name[locale]);
    const regionNames = facts.regions.map((id) => regionIndex.get(id)!.name[locale]);
    const partnerNames = facts.partners.map((id) => partnerIndex.get(id)!.name[locale]);
    const title = [`${action}${joiner}${craft}`, placeNames.length > 0 ? inPlaces[locale](formatList(placeNames, locale)) : '']
      .filter(Boolean)
      .join(' ');
    const count = (figure: { value: number; unit: UnitId }) => `${formatNumber(figure.value, locale)} ${t.unit(figure.unit, figure.value)}`;
    const lead = [
      `${action}${joiner}${craft}`,
      placeNames.length > 0 ? inPlaces[locale](formatList(placeNames, locale)) : '',
      partnerNames.length > 0 ? withPartners[locale](formatList(partnerNames, locale)) : '',
    ]
      .filter(Boolean)
      .join(' ');
    const first = [`${lead}.`];
    for (const figure of facts.figures) {
      const parts = figure.breakdown ? ` (${formatList(figure.breakdown.map(count), locale)})` : '';
      first.push(figureSentence[locale](`${count(figure)}${parts}`));
    }
    for (const { date } of facts.dates) first.push(onDate[locale](formatPartialDate(parsePartialDate(date)!, locale)));
    const paragraphs = [first.join(' ')];
    for (const paragraph of plan.paragraphs) paragraphs.push(paragraph.map((index) => sentences[locale][index]).join(' '));
    paragraphs.push(closing[locale](regionNames.length > 0 ? formatList(regionNames, locale) : nationalScope[locale]));
    return { title, body: paragraphs.join('\n\n') };
  }
}
