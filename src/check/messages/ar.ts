/**
 * Messages of the content check, in Arabic (the reference: French and English must have the
 * same keys). Each problem has a sentence saying what is wrong and one saying what to do;
 * `{name}` placeholders are filled from the problem's params.
 */
export const ar = {
  labels: {
    error: 'خطأ',
    warning: 'تنبيه',
    field: 'الحقل',
    expected: 'المتوقع',
    found: 'الموجود',
    fix: 'ما العمل',
    item: 'العنصر',
    summary: 'الأخطاء: {errors} — التنبيهات: {warnings} — الملفات المفحوصة: {files}',
    clean: 'لا مشكلة. الملفات المفحوصة: {files}',
    nothing: '(لا شيء)',
    didYouMean: 'هل تقصد "{suggestion}"؟',
  },
  types: {
    string: 'نص',
    number: 'رقم',
    integer: 'عدد صحيح',
    boolean: 'true أو false',
    array: 'قائمة (أسطر تبدأ بـ -)',
    object: 'مجموعة حقول',
    null: 'قيمة فارغة',
    undefined: 'لا شيء',
  },
  problems: {
    'file-unreadable': { text: 'تعذرت قراءة الملف.', fix: 'احفظ الملف بترميز UTF-8 ثم أعد المحاولة.' },
    'text-too-large': { text: 'حجم الملف {found}، وهو أكبر من المسموح به.', fix: 'قسّم النص أو اختصره حتى لا يتجاوز {expected}.' },
    'not-utf8': {
      text: 'الملف غير محفوظ بترميز UTF-8: في هذا الموضع حرف بترميز آخر (Windows-1256 مثلًا).',
      fix: 'افتح الملف في محرر النصوص واحفظه بترميز UTF-8، ثم تحقق من الحروف في هذا السطر.',
    },
    'frontmatter-missing': {
      text: 'لا يبدأ الملف بالمعطيات المحصورة بين سطرين ---.',
      fix: 'ابدأ الملف بسطر --- ثم الحقول ثم سطر --- ثم النص، كما في الملفات الأخرى.',
    },
    'fields-not-mapping': {
      text: 'المعطيات بين سطري --- ليست حقولًا بأسمائها (اسم الحقل ثم نقطتان ثم القيمة).',
      fix: 'اكتب كل معطى في سطر على شكل «الاسم: القيمة»، مثل title: … و category: …، كما في الملفات الأخرى.',
    },
    'yaml-syntax': {
      text: 'صياغة YAML غير سليمة: {detail}',
      fix: 'صحح السطر المشار إليه (المسافات في بداية السطر، النقطتان بعد اسم الحقل، علامات التنصيص).',
    },
    'yaml-ambiguous': {
      text: 'قيمة قد يقرؤها البناء بغير ما يقرؤها الفحص: {detail}',
      fix: "ضع القيمة بين علامتي تنصيص، مثل '2018-06-30'، ولا تكتب سطرًا يبدأ بـ % ولا وسمًا يبدأ بـ !.",
    },
    'data-not-list': {
      text: 'يجب أن يكون الملف قائمة عناصر لكل منها id.',
      fix: 'اكتب كل عنصر في سطر يبدأ بـ "- id: ..." كما في بقية الملف.',
    },
    'required-field': { text: 'الحقل {field} إلزامي وغير موجود.', fix: 'أضف الحقل {field} واملأه.' },
    'wrong-type': { text: 'نوع قيمة الحقل {field} غير صحيح.', fix: 'اكتب في {field} قيمة من النوع المطلوب.' },
    'unknown-field': {
      text: 'الحقل {found} غير معروف.',
      fix: 'تحقق من كتابة اسم الحقل، أو احذفه إن لم يكن من الحقول الموثقة في content/FIELDS.md.',
    },
    'invalid-option': { text: 'القيمة "{found}" غير مقبولة في {field}.', fix: 'اختر إحدى القيم المقبولة.' },
    'invalid-format': { text: 'صيغة القيمة "{found}" في {field} غير صحيحة.', fix: 'اكتبها بالصيغة المطلوبة، كالمثال.' },
    'too-small': { text: 'الحقل {field} فارغ أو ناقص.', fix: 'املأ الحقل {field}، أو احذفه إن كان اختياريًا.' },
    'not-integer': {
      text: 'الرقم {found} في {field} ليس عددًا صحيحًا.',
      fix: 'اكتب العدد دون فواصل: 16098 وليس 16.098 (النقطة في الوثيقة تفصل الآلاف).',
    },
    'unknown-reference': {
      text: 'المعرف "{found}" في {field} غير موجود في {file}.',
      fix: 'استعمل معرفًا من {file}، أو أضف العنصر إلى ذلك الملف أولًا.',
    },
    'breakdown-sum': {
      text: 'مجموع عناصر التفصيل ({parts}) هو {found}، والرقم الإجمالي {expected}.',
      fix: 'صحح أحد عناصر التفصيل أو الرقم الإجمالي ليتطابقا، كما في الوثيقة المرجعية.',
    },
    'invalid-date': {
      text: 'التاريخ "{found}" غير صحيح.',
      fix: 'اكتب السنة (2020) أو الشهر (2020-05) أو اليوم (2020-07-30)، وتأكد من أن اليوم موجود في الشهر.',
    },
    'scope-needs-regions': { text: 'النطاق "regional" دون ذكر أي جهة.', fix: 'أضف الجهات إلى regions، أو اجعل scope: national.' },
    'scope-has-regions': { text: 'ذُكرت جهات والنطاق "{found}".', fix: 'اجعل scope: regional، أو احذف الجهات إن كان الإنجاز وطنيًا.' },
    'place-outside-regions': {
      text: 'المكان "{found}" يقع في الجهة "{expected}" غير المذكورة في regions.',
      fix: 'أضف "{expected}" إلى regions.',
    },
    'figure-place-not-listed': {
      text: 'يذكر الرقم المكان "{found}" غير الوارد في places.',
      fix: 'أضف "{found}" إلى places الخاصة بالإنجاز.',
    },
    'duplicate-search-word': { text: 'الكلمة "{found}" مذكورة مرتين.', fix: 'احتفظ بها مرة واحدة.' },
    'alias-is-name': {
      text: 'الاسم الآخر "{found}" هو الاسم الرسمي نفسه.',
      fix: 'اذكر أسماء أخرى فقط (صيغ كتابة، أسماء مختصرة، مختصرات)؛ الاسم الرسمي يُبحث فيه أصلًا.',
    },
    'source-line': {
      text: 'السطر {found} من الوثيقة المرجعية ليس بندًا تحت عنوان المحور "{category}".',
      fix: 'اكتب في source.line رقم سطر البند في content/source/report.ar.txt، وتحقق من المحور.',
    },
    'duplicate-source-line': {
      text: 'السطر {found} من الوثيقة المرجعية مستعمل أيضًا في {other}.',
      fix: 'لكل بند إنجاز واحد: صحح source.line في أحد الملفين.',
    },
    'duplicate-tile': {
      text: 'خانة الخريطة {found} مسندة أيضًا إلى الجهة {other}.',
      fix: 'اجعل لكل جهة خانتها: غيّر tile.row أو tile.column لإحداهما.',
    },
    'duplicate-id': { text: 'المعرف "{found}" مكرر في الملف.', fix: 'اجعل لكل عنصر معرفًا فريدًا.' },
    placeholder: { text: 'بقيت قيمة مؤقتة (TODO) في {field}.', fix: 'عوض TODO بالقيمة الصحيحة من الوثيقة المرجعية.' },
    'slug-invalid': {
      text: 'اسم المجلد "{found}" لا يصلح عنوانًا للصفحة.',
      fix: 'سمّ المجلد بحروف لاتينية صغيرة وأرقام وشرطات فقط، مثل literacy-programme.',
    },
    'missing-arabic': {
      text: 'ترجمة دون ملف عربي: لا يوجد ar.mdx في المجلد "{found}".',
      fix: 'أضف ar.mdx بمعطيات الإنجاز، أو انقل الترجمة إلى مجلد الإنجاز الصحيح.',
    },
    'missing-translation': {
      text: 'لا توجد ترجمة {expected} لهذا الإنجاز.',
      fix: 'أضف الملف {file} بعنوان ونص مترجمين (سيُعرض النص العربي إلى حين ذلك).',
    },
    'unexpected-file': {
      text: 'ملف غير متوقع: "{found}".',
      fix: 'لا يقبل مجلد الإنجاز إلا {expected} (والصور): أعد تسمية الملف أو احذفه.',
    },
    'empty-text': { text: 'نص الإنجاز فارغ.', fix: 'اكتب النص بعد سطر --- الثاني.' },
    'translation-drift': {
      text: 'الرقم {found} في النص لا يطابق أي رقم أو تاريخ في معطيات الإنجاز.',
      fix: 'صحح الرقم ليطابق المعطيات ({expected})، أو أضفه إلى المعطيات في ar.mdx إن كان واردًا في الوثيقة.',
    },
    'bidi-control': { text: 'حرف تحكم خفي في اتجاه النص ({found}).', fix: 'احذف هذا الحرف الخفي؛ الموقع يعزل الأسماء اللاتينية بنفسه.' },
    'not-nfc': { text: 'النص غير مطبّع (Unicode NFC).', fix: 'احفظ الملف بتطبيع NFC (أو أعد كتابة الكلمة المشار إليها).' },
    tatweel: { text: 'حرف تطويل (ـ) في النص.', fix: 'احذف التطويل؛ لا يستعمل في النصوص الرسمية.' },
    'zero-width': { text: 'حرف خفي عديم العرض ({found}).', fix: 'احذف هذا الحرف الخفي.' },
    'arabic-indic-digits': { text: 'أرقام هندية ({found}) في النص.', fix: 'اكتب الأرقام العربية الغربية 0–9، كما في الوثيقة المرجعية.' },
    'control-character': { text: 'حرف تحكم غير مرئي ({found}).', fix: 'احذف هذا الحرف: لا يظهر للقارئ ويُفسد ملفات الخلاصة وخريطة الموقع.' },
    'mdx-syntax': { text: 'تعذر تحليل النص: {detail}', fix: 'صحح السطر المشار إليه؛ النص كتابة عادية دون رموز برمجية.' },
    'mdx-import-export': { text: 'أمر import أو export في النص.', fix: 'احذف هذا السطر: لا يقبل نص الإنجاز أي شيفرة.' },
    'mdx-expression': { text: 'عبارة برمجية بين معقوفتين { } في النص.', fix: 'احذف المعقوفتين أو عوضهما بنص عادي.' },
    'mdx-expression-attribute': { text: 'خاصية برمجية في الوسم <{found}>.', fix: 'اكتب قيم الخصائص نصًا بين علامتي تنصيص، دون { }.' },
    'component-not-allowed': {
      text: 'المكوّن <{found}> غير مسموح به.',
      fix: 'احذفه؛ المكونات المسموح بها مذكورة في src/check/allow-list.ts.',
    },
    'tag-forbidden': { text: 'الوسم <{found}> ممنوع في المحتوى.', fix: 'احذف هذا الوسم ومحتواه.' },
    'tag-not-allowed': {
      text: 'الوسم <{found}> غير مسموح به.',
      fix: 'استعمل كتابة Markdown العادية، أو أحد الوسوم المسموح بها: {expected}.',
    },
    'attribute-not-allowed': { text: 'الخاصية {found} غير مسموح بها في الوسم.', fix: 'احذف الخاصية؛ المسموح بها: {expected}.' },
    'event-handler': { text: 'خاصية أحداث برمجية ({found}) في الوسم.', fix: 'احذف هذه الخاصية: لا يقبل المحتوى أي شيفرة.' },
    'unsafe-url': { text: 'رابط غير مسموح به: {found}', fix: 'استعمل رابطًا يبدأ بـ https:// أو رابطًا داخليًا.' },
    'image-remote': { text: 'صورة من موقع خارجي: {found}', fix: 'ضع الصورة في مجلد الإنجاز واكتب اسمها، مثل ./photo.webp.' },
    'image-missing': { text: 'الصورة {found} غير موجودة.', fix: 'أضف ملف الصورة إلى مجلد الإنجاز أو صحح اسمه.' },
    'image-format': { text: 'صيغة الصورة {found} غير مقبولة.', fix: 'استعمل إحدى الصيغ: {expected}.' },
    'image-too-large': { text: 'حجم الصورة {found}.', fix: 'صغّر الصورة إلى {expected} على الأكثر.' },
    'image-undecodable': {
      text: 'تعذر فتح الصورة {found}: بياناتها ليست صورة سليمة، أو أبعادها تتجاوز 25 ميغابكسل.',
      fix: 'افتح الصورة في برنامج للصور واحفظها من جديد بصيغة WebP أو JPEG أو PNG، بأبعاد معقولة.',
    },
    'image-alt-missing': { text: 'صورة دون نص بديل.', fix: 'اكتب وصفًا قصيرًا للصورة بين المعقوفتين: ![وصف](./photo.webp).' },
    'image-outside': {
      text: 'صورة من خارج مجلد الإنجاز: {found}',
      fix: 'ضع الصورة في مجلد الإنجاز نفسه واكتب اسمها فقط، مثل ./photo.webp (دون / في البداية ودون ..).',
    },
    'image-type': {
      text: 'محتوى الملف {found} ليس صورة بالصيغة التي يدل عليها اسمه.',
      fix: 'احفظ الصورة من جديد بإحدى الصيغ {expected} وبالامتداد الموافق لها.',
    },
    symlink: { text: 'الملف {found} رابط رمزي إلى ملف آخر.', fix: 'ضع الملف نفسه في المجلد بدل الرابط الرمزي.' },
  },
} as const;
