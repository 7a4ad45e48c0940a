import type { CheckMessages } from './index.ts';

/** Messages of the content check, in French. */
export const fr = {
  labels: {
    error: 'erreur',
    warning: 'avertissement',
    field: 'Champ',
    expected: 'Attendu',
    found: 'Trouvé',
    fix: 'À faire',
    item: 'élément',
    summary: 'Erreurs : {errors} — avertissements : {warnings} — fichiers vérifiés : {files}',
    clean: 'Aucun problème. Fichiers vérifiés : {files}',
    nothing: '(rien)',
    didYouMean: 'Vouliez-vous dire « {suggestion} » ?',
  },
  types: {
    string: 'un texte',
    number: 'un nombre',
    integer: 'un nombre entier',
    boolean: 'true ou false',
    array: 'une liste (lignes commençant par -)',
    object: 'un groupe de champs',
    null: 'une valeur vide',
    undefined: 'rien',
  },
  problems: {
    'file-unreadable': { text: 'Le fichier ne peut pas être lu.', fix: 'Enregistrez le fichier en UTF-8 puis recommencez.' },
    'text-too-large': {
      text: 'Le fichier pèse {found}, plus que permis.',
      fix: 'Scindez ou raccourcissez le texte pour rester sous {expected}.',
    },
    'not-utf8': {
      text: 'Le fichier n’est pas en UTF-8 : à cet endroit se trouve un caractère d’un autre encodage (Windows-1256 par exemple).',
      fix: 'Ouvrez le fichier dans votre éditeur et enregistrez-le en UTF-8, puis vérifiez les caractères de cette ligne.',
    },
    'frontmatter-missing': {
      text: 'Le fichier ne commence pas par les données encadrées de deux lignes ---.',
      fix: 'Commencez le fichier par une ligne ---, les champs, une ligne ---, puis le texte, comme les autres fichiers.',
    },
    'fields-not-mapping': {
      text: 'Les données entre les deux lignes --- ne sont pas des champs nommés (nom du champ, deux-points, valeur).',
      fix: 'Écrivez chaque donnée sur une ligne sous la forme « nom: valeur », comme title: … et category: …, ainsi que dans les autres fichiers.',
    },
    'yaml-syntax': {
      text: 'Syntaxe YAML incorrecte : {detail}',
      fix: 'Corrigez la ligne indiquée (espaces en début de ligne, deux-points après le nom du champ, guillemets).',
    },
    'yaml-ambiguous': {
      text: 'Une valeur que la construction du site lirait autrement que la vérification : {detail}',
      fix: "Mettez la valeur entre guillemets, comme '2018-06-30', et n’écrivez ni ligne commençant par % ni étiquette commençant par !.",
    },
    'data-not-list': {
      text: 'Le fichier doit être une liste d’éléments ayant chacun un id.',
      fix: 'Écrivez chaque élément sur une ligne commençant par « - id: … », comme le reste du fichier.',
    },
    'required-field': { text: 'Le champ {field} est obligatoire et absent.', fix: 'Ajoutez le champ {field} et remplissez-le.' },
    'wrong-type': { text: 'La valeur du champ {field} n’est pas du bon type.', fix: 'Écrivez dans {field} une valeur du type attendu.' },
    'unknown-field': {
      text: 'Le champ {found} est inconnu.',
      fix: 'Vérifiez l’orthographe du champ, ou supprimez-le s’il ne figure pas dans content/FIELDS.md.',
    },
    'invalid-option': { text: 'La valeur « {found} » n’est pas admise dans {field}.', fix: 'Choisissez l’une des valeurs admises.' },
    'invalid-format': {
      text: 'Le format de « {found} » dans {field} est incorrect.',
      fix: 'Écrivez la valeur au format attendu, comme dans l’exemple.',
    },
    'too-small': {
      text: 'Le champ {field} est vide ou incomplet.',
      fix: 'Remplissez le champ {field}, ou supprimez-le s’il est facultatif.',
    },
    'not-integer': {
      text: 'Le nombre {found} dans {field} n’est pas entier.',
      fix: 'Écrivez le nombre sans séparateur : 16098 et non 16.098 (le point du document sépare les milliers).',
    },
    'unknown-reference': {
      text: 'L’identifiant « {found} » dans {field} n’existe pas dans {file}.',
      fix: 'Utilisez un identifiant de {file}, ou ajoutez d’abord l’élément à ce fichier.',
    },
    'breakdown-sum': {
      text: 'Les éléments du détail ({parts}) font {found}, mais le total est {expected}.',
      fix: 'Corrigez un élément ou le total pour qu’ils concordent, comme dans le document de référence.',
    },
    'invalid-date': {
      text: 'La date « {found} » n’est pas valide.',
      fix: 'Écrivez une année (2020), un mois (2020-05) ou un jour (2020-07-30), et vérifiez que le jour existe.',
    },
    'scope-needs-regions': {
      text: 'La portée est « regional » mais aucune région n’est indiquée.',
      fix: 'Ajoutez les régions dans regions, ou mettez scope: national.',
    },
    'scope-has-regions': {
      text: 'Des régions sont indiquées mais la portée est « {found} ».',
      fix: 'Mettez scope: regional, ou supprimez les régions si la réalisation est nationale.',
    },
    'place-outside-regions': {
      text: 'Le lieu « {found} » se trouve dans la région « {expected} », absente de regions.',
      fix: 'Ajoutez « {expected} » à regions.',
    },
    'figure-place-not-listed': {
      text: 'Le chiffre cite le lieu « {found} », absent de places.',
      fix: 'Ajoutez « {found} » aux places de la réalisation.',
    },
    'duplicate-search-word': { text: 'Le mot « {found} » figure deux fois.', fix: 'Ne le gardez qu’une fois.' },
    'alias-is-name': {
      text: 'L’autre nom « {found} » est le nom officiel lui-même.',
      fix: 'N’indiquez que d’autres noms (graphies, noms courts, sigles) : le nom officiel est déjà cherché.',
    },
    'source-line': {
      text: 'La ligne {found} du document de référence n’est pas une puce sous le titre de l’axe « {category} ».',
      fix: 'Indiquez dans source.line le numéro de ligne de la puce dans content/source/report.ar.txt, et vérifiez l’axe.',
    },
    'duplicate-source-line': {
      text: 'La ligne {found} du document de référence est aussi utilisée par {other}.',
      fix: 'Une réalisation par puce : corrigez source.line dans l’un des deux fichiers.',
    },
    'duplicate-tile': {
      text: 'La case de carte {found} est aussi attribuée à la région {other}.',
      fix: 'Donnez à chaque région sa propre case : changez tile.row ou tile.column de l’une des deux.',
    },
    'duplicate-id': {
      text: 'L’identifiant « {found} » apparaît plusieurs fois dans le fichier.',
      fix: 'Donnez à chaque élément un identifiant unique.',
    },
    placeholder: {
      text: 'Une valeur provisoire (TODO) reste dans {field}.',
      fix: 'Remplacez TODO par la bonne valeur, tirée du document de référence.',
    },
    'slug-invalid': {
      text: 'Le nom de dossier « {found} » ne peut pas servir d’adresse de page.',
      fix: 'Nommez le dossier en lettres latines minuscules, chiffres et tirets seulement, par exemple literacy-programme.',
    },
    'missing-arabic': {
      text: 'Traduction sans fichier arabe : pas de ar.mdx dans le dossier « {found} ».',
      fix: 'Ajoutez ar.mdx avec les données de la réalisation, ou déplacez la traduction dans le bon dossier.',
    },
    'missing-translation': {
      text: 'Pas de traduction {expected} pour cette réalisation.',
      fix: 'Ajoutez le fichier {file} avec un titre et un texte traduits (le texte arabe s’affiche en attendant).',
    },
    'unexpected-file': {
      text: 'Fichier inattendu : « {found} ».',
      fix: 'Le dossier d’une réalisation n’admet que {expected} (et des images) : renommez ou supprimez le fichier.',
    },
    'empty-text': { text: 'Le texte de la réalisation est vide.', fix: 'Écrivez le texte après la seconde ligne ---.' },
    'translation-drift': {
      text: 'Le nombre {found} du texte ne correspond à aucun chiffre ni aucune date des données de la réalisation.',
      fix: 'Corrigez le nombre pour qu’il corresponde aux données ({expected}), ou ajoutez-le aux données de ar.mdx s’il figure dans le document.',
    },
    'bidi-control': {
      text: 'Caractère invisible de contrôle du sens d’écriture ({found}).',
      fix: 'Supprimez ce caractère invisible ; le site isole lui-même les noms latins.',
    },
    'not-nfc': { text: 'Le texte n’est pas normalisé (Unicode NFC).', fix: 'Enregistrez le fichier en NFC (ou retapez le mot indiqué).' },
    tatweel: {
      text: 'Caractère d’allongement arabe (tatweel, ـ) dans le texte.',
      fix: 'Supprimez le tatweel ; il n’a pas sa place dans un texte officiel.',
    },
    'zero-width': { text: 'Caractère invisible de largeur nulle ({found}).', fix: 'Supprimez ce caractère invisible.' },
    'arabic-indic-digits': {
      text: 'Chiffres arabes orientaux ({found}) dans le texte.',
      fix: 'Écrivez les chiffres 0–9, comme le document de référence.',
    },
    'control-character': {
      text: 'Caractère de contrôle invisible ({found}).',
      fix: 'Supprimez ce caractère : il ne s’affiche pas et rend le flux RSS et le plan du site illisibles.',
    },
    'mdx-syntax': {
      text: 'Le texte ne peut pas être analysé : {detail}',
      fix: 'Corrigez la ligne indiquée ; le texte est du texte simple, sans code.',
    },
    'mdx-import-export': {
      text: 'Instruction import ou export dans le texte.',
      fix: 'Supprimez cette ligne : le texte d’une réalisation n’admet aucun code.',
    },
    'mdx-expression': {
      text: 'Expression de code entre accolades { } dans le texte.',
      fix: 'Supprimez les accolades ou remplacez-les par du texte.',
    },
    'mdx-expression-attribute': {
      text: 'Attribut calculé dans la balise <{found}>.',
      fix: 'Écrivez les valeurs d’attribut en texte entre guillemets, sans { }.',
    },
    'component-not-allowed': {
      text: 'Le composant <{found}> n’est pas autorisé.',
      fix: 'Supprimez-le ; les composants autorisés sont listés dans src/check/allow-list.ts.',
    },
    'tag-forbidden': { text: 'La balise <{found}> est interdite dans le contenu.', fix: 'Supprimez cette balise et son contenu.' },
    'tag-not-allowed': {
      text: 'La balise <{found}> n’est pas autorisée.',
      fix: 'Utilisez la syntaxe Markdown ordinaire, ou l’une des balises autorisées : {expected}.',
    },
    'attribute-not-allowed': {
      text: 'L’attribut {found} n’est pas autorisé dans la balise.',
      fix: 'Supprimez l’attribut ; attributs autorisés : {expected}.',
    },
    'event-handler': {
      text: 'Attribut d’événement ({found}) dans la balise.',
      fix: 'Supprimez cet attribut : le contenu n’admet aucun code.',
    },
    'unsafe-url': { text: 'Lien non admis : {found}', fix: 'Utilisez un lien commençant par https:// ou un lien interne.' },
    'image-remote': {
      text: 'Image venant d’un autre site : {found}',
      fix: 'Placez l’image dans le dossier de la réalisation et écrivez son nom, par exemple ./photo.webp.',
    },
    'image-missing': {
      text: 'L’image {found} est introuvable.',
      fix: 'Ajoutez le fichier image au dossier de la réalisation ou corrigez son nom.',
    },
    'image-format': { text: 'Le format d’image {found} n’est pas admis.', fix: 'Utilisez l’un des formats : {expected}.' },
    'image-too-large': { text: 'L’image pèse {found}.', fix: 'Réduisez l’image à {expected} au plus.' },
    'image-undecodable': {
      text: 'L’image {found} ne peut pas être ouverte : ses données ne sont pas celles d’une image saine, ou elle dépasse 25 mégapixels.',
      fix: 'Ouvrez l’image dans un logiciel d’images et enregistrez-la à nouveau en WebP, JPEG ou PNG, à une taille raisonnable.',
    },
    'image-alt-missing': {
      text: 'Image sans texte de remplacement.',
      fix: 'Décrivez brièvement l’image entre les crochets : ![description](./photo.webp).',
    },
    'image-outside': {
      text: 'Image hors du dossier de la réalisation : {found}',
      fix: 'Placez l’image dans le dossier même de la réalisation et écrivez seulement son nom, par exemple ./photo.webp (sans / au début ni ..).',
    },
    'image-type': {
      text: 'Le contenu du fichier {found} n’est pas une image du format que dit son nom.',
      fix: 'Enregistrez à nouveau l’image dans l’un des formats {expected}, avec l’extension qui lui correspond.',
    },
    symlink: {
      text: 'Le fichier {found} est un lien symbolique vers un autre fichier.',
      fix: 'Mettez le fichier lui-même dans le dossier, à la place du lien.',
    },
  },
} as const satisfies CheckMessages;
