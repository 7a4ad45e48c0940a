import type { CheckLocale } from '../../i18n/locales.ts';

/** What `npm run translations -- --import FILE` can refuse in a translator's file. */
export type ImportCode =
  | 'not-xml'
  | 'not-xliff'
  | 'wrong-language'
  | 'unknown-file'
  | 'unknown-unit'
  | 'missing-target'
  | 'missing-plural-form'
  | 'placeholders'
  | 'source-changed';

interface ImportMessages {
  labels: { fix: string; unit: string; refused: string; written: string; unchanged: string; skipped: string };
  problems: Record<ImportCode, { text: string; fix: string }>;
}

/** The import's messages, in the languages the content check speaks (same `{name}` placeholders). */
export const importMessages: Record<CheckLocale, ImportMessages> = {
  ar: {
    labels: {
      fix: 'ما العمل',
      unit: 'الوحدة',
      refused: 'لم يُكتب أي ملف: {count} مشكلة في {file}. صحّح الملف ثم أعد الاستيراد.',
      written: 'كُتب {file}',
      unchanged: 'لا تغيير: {count} نص مطابق لما في المشروع.',
      skipped: 'لم يُترجم بعد (لم يُكتب): {slugs}',
    },
    problems: {
      'not-xml': { text: 'الملف ليس XML سليما: {found}', fix: 'احفظ الملف من أداة الترجمة بصيغة XLIFF 2.0 دون تعديله يدويا.' },
      'not-xliff': {
        text: 'الملف ليس XLIFF 2.0.',
        fix: 'صدّر الملف بالأمر npm run translations -- --export <اللغة> وترجمه في أداة تقرأ XLIFF 2.0.',
      },
      'wrong-language': {
        text: 'الملف للغة «{found}»، والمنتظر إحدى اللغات: {expected}.',
        fix: 'استورد الملف المصدَّر لهذه اللغة، أو صدّر ملفا جديدا لها.',
      },
      'unknown-file': { text: 'جزء «{found}» لا يقابل أي نص في المشروع.', fix: 'لا تُضف أجزاء إلى الملف؛ صدّر ملفا جديدا إن تغيّر المشروع.' },
      'unknown-unit': {
        text: 'الوحدة «{found}» لا تقابل أي نص في المشروع.',
        fix: 'لا تُضف وحدات ولا تغيّر معرّفاتها؛ صدّر ملفا جديدا إن تغيّر المشروع.',
      },
      'missing-target': { text: 'الوحدة بلا ترجمة.', fix: 'ترجم هذه الوحدة (أو اترك الجزء كله دون ترجمة إن كان نص إنجاز).' },
      'missing-plural-form': {
        text: 'صيغة الجمع «{expected}» ناقصة، واللغة تحتاج الصيغ: {forms}.',
        fix: 'ترجم الوحدة {found} للصيغة «{expected}».',
      },
      placeholders: {
        text: 'الخانات المتغيرة في الترجمة ({found}) ليست خانات الأصل ({expected}).',
        fix: 'اكتب الخانات كما هي في الأصل، بين {{ و }}، دون ترجمتها.',
      },
      'source-changed': {
        text: 'تغيّر النص العربي منذ تصدير الملف.',
        fix: 'صدّر ملفا جديدا بالأمر npm run translations -- --export <اللغة> وترجم الفرق.',
      },
    },
  },
  fr: {
    labels: {
      fix: 'Que faire',
      unit: 'Unité',
      refused: 'Aucun fichier écrit : {count} problème(s) dans {file}. Corrigez le fichier, puis importez-le de nouveau.',
      written: '{file} écrit',
      unchanged: 'Sans changement : {count} texte(s) identiques à ceux du projet.',
      skipped: 'Pas encore traduit (non écrit) : {slugs}',
    },
    problems: {
      'not-xml': {
        text: 'Le fichier n’est pas un XML bien formé : {found}',
        fix: 'Enregistrez le fichier depuis l’outil de traduction, en XLIFF 2.0, sans le retoucher à la main.',
      },
      'not-xliff': {
        text: 'Le fichier n’est pas un fichier XLIFF 2.0.',
        fix: 'Exportez-le avec npm run translations -- --export <langue> et traduisez-le dans un outil qui lit XLIFF 2.0.',
      },
      'wrong-language': {
        text: 'Le fichier est pour la langue « {found} » ; attendu : {expected}.',
        fix: 'Importez le fichier exporté pour cette langue, ou exportez-en un nouveau.',
      },
      'unknown-file': {
        text: 'La partie « {found} » ne correspond à aucun texte du projet.',
        fix: 'N’ajoutez pas de parties au fichier ; exportez-en un nouveau si le projet a changé.',
      },
      'unknown-unit': {
        text: 'L’unité « {found} » ne correspond à aucun texte du projet.',
        fix: 'N’ajoutez pas d’unités et ne changez pas leurs identifiants ; exportez un nouveau fichier si le projet a changé.',
      },
      'missing-target': {
        text: 'L’unité n’a pas de traduction.',
        fix: 'Traduisez cette unité (ou laissez toute la partie sans traduction s’il s’agit du texte d’une réalisation).',
      },
      'missing-plural-form': {
        text: 'La forme du pluriel « {expected} » manque ; la langue demande les formes : {forms}.',
        fix: 'Traduisez l’unité {found} pour la forme « {expected} ».',
      },
      placeholders: {
        text: 'Les variables de la traduction ({found}) ne sont pas celles de l’original ({expected}).',
        fix: 'Recopiez les variables telles quelles, entre {{ et }}, sans les traduire.',
      },
      'source-changed': {
        text: 'Le texte arabe a changé depuis l’export du fichier.',
        fix: 'Exportez un nouveau fichier avec npm run translations -- --export <langue> et traduisez la différence.',
      },
    },
  },
  en: {
    labels: {
      fix: 'What to do',
      unit: 'Unit',
      refused: 'No file written: {count} problem(s) in {file}. Correct the file, then import it again.',
      written: 'wrote {file}',
      unchanged: 'Unchanged: {count} text(s) already as in the project.',
      skipped: 'Not translated yet (not written): {slugs}',
    },
    problems: {
      'not-xml': {
        text: 'The file is not well-formed XML: {found}',
        fix: 'Save the file from the translation tool as XLIFF 2.0, without editing it by hand.',
      },
      'not-xliff': {
        text: 'The file is not XLIFF 2.0.',
        fix: 'Export it with npm run translations -- --export <language> and translate it in a tool that reads XLIFF 2.0.',
      },
      'wrong-language': {
        text: 'The file is for the language "{found}"; expected one of: {expected}.',
        fix: 'Import the file exported for this language, or export a new one.',
      },
      'unknown-file': {
        text: 'The part "{found}" matches no text of the project.',
        fix: 'Do not add parts to the file; export a new one if the project has changed.',
      },
      'unknown-unit': {
        text: 'The unit "{found}" matches no text of the project.',
        fix: 'Do not add units or change their ids; export a new file if the project has changed.',
      },
      'missing-target': {
        text: 'The unit has no translation.',
        fix: 'Translate this unit (or leave the whole part untranslated if it is an achievement’s text).',
      },
      'missing-plural-form': {
        text: 'The plural form "{expected}" is missing; the language needs the forms: {forms}.',
        fix: 'Translate the unit {found} for the form "{expected}".',
      },
      placeholders: {
        text: 'The placeholders of the translation ({found}) are not those of the original ({expected}).',
        fix: 'Copy the placeholders as they are, between {{ and }}, without translating them.',
      },
      'source-changed': {
        text: 'The Arabic text has changed since the file was exported.',
        fix: 'Export a new file with npm run translations -- --export <language> and translate the difference.',
      },
    },
  },
};
