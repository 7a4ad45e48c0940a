import type { CheckMessages } from './index.ts';

/** Messages of the content check, in English. */
export const en = {
  labels: {
    error: 'error',
    warning: 'warning',
    field: 'Field',
    expected: 'Expected',
    found: 'Found',
    fix: 'What to do',
    item: 'item',
    summary: 'Errors: {errors} — warnings: {warnings} — files checked: {files}',
    clean: 'No problem. Files checked: {files}',
    nothing: '(nothing)',
    didYouMean: 'Did you mean "{suggestion}"?',
  },
  types: {
    string: 'a text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    array: 'a list (lines starting with -)',
    object: 'a group of fields',
    null: 'an empty value',
    undefined: 'nothing',
  },
  problems: {
    'file-unreadable': { text: 'The file cannot be read.', fix: 'Save the file as UTF-8 and try again.' },
    'text-too-large': { text: 'The file weighs {found}, more than allowed.', fix: 'Split or shorten the text to stay within {expected}.' },
    'not-utf8': {
      text: 'The file is not saved as UTF-8: here is a character in another encoding (Windows-1256, for instance).',
      fix: 'Open the file in your editor and save it as UTF-8, then check the characters on this line.',
    },
    'frontmatter-missing': {
      text: 'The file does not start with the data between two --- lines.',
      fix: 'Start the file with a --- line, the fields, a --- line, then the text, like the other files.',
    },
    'fields-not-mapping': {
      text: 'The data between the two --- lines is not a set of named fields (field name, colon, value).',
      fix: 'Write each value on a line of its own as “name: value”, such as title: … and category: …, as in the other files.',
    },
    'yaml-syntax': {
      text: 'The YAML is not valid: {detail}',
      fix: 'Correct the line shown (spaces at the start of the line, the colon after the field name, quotes).',
    },
    'yaml-ambiguous': {
      text: 'A value the site’s build would read otherwise than the check: {detail}',
      fix: "Put the value in quotes, like '2018-06-30', and write no line starting with % and no tag starting with !.",
    },
    'data-not-list': {
      text: 'The file must be a list of items, each with an id.',
      fix: 'Write each item on a line starting with "- id: …", like the rest of the file.',
    },
    'required-field': { text: 'The field {field} is required and missing.', fix: 'Add the field {field} and fill it in.' },
    'wrong-type': { text: 'The value of {field} is of the wrong kind.', fix: 'Write a value of the expected kind in {field}.' },
    'unknown-field': {
      text: 'The field {found} is unknown.',
      fix: 'Check the spelling of the field name, or remove it if it is not one of the fields in content/FIELDS.md.',
    },
    'invalid-option': { text: 'The value "{found}" is not allowed in {field}.', fix: 'Choose one of the allowed values.' },
    'invalid-format': {
      text: 'The value "{found}" in {field} is not in the right format.',
      fix: 'Write it in the expected format, as in the example.',
    },
    'too-small': { text: 'The field {field} is empty or incomplete.', fix: 'Fill in {field}, or remove it if it is optional.' },
    'not-integer': {
      text: 'The number {found} in {field} is not a whole number.',
      fix: 'Write the number without separators: 16098, not 16.098 (the dot in the document separates thousands).',
    },
    'unknown-reference': {
      text: 'The id "{found}" in {field} does not exist in {file}.',
      fix: 'Use an id from {file}, or add the item to that file first.',
    },
    'breakdown-sum': {
      text: 'The parts of the breakdown ({parts}) add up to {found}, but the total is {expected}.',
      fix: 'Correct a part or the total so that they match, as in the reference document.',
    },
    'invalid-date': {
      text: 'The date "{found}" is not valid.',
      fix: 'Write a year (2020), a month (2020-05) or a day (2020-07-30), and check that the day exists.',
    },
    'scope-needs-regions': {
      text: 'The scope is "regional" but no region is listed.',
      fix: 'Add the regions to regions, or set scope: national.',
    },
    'scope-has-regions': {
      text: 'Regions are listed but the scope is "{found}".',
      fix: 'Set scope: regional, or remove the regions if the achievement is nationwide.',
    },
    'place-outside-regions': {
      text: 'The place "{found}" lies in the region "{expected}", which is not in regions.',
      fix: 'Add "{expected}" to regions.',
    },
    'figure-place-not-listed': {
      text: 'The figure names the place "{found}", which is not in places.',
      fix: 'Add "{found}" to the achievement’s places.',
    },
    'duplicate-search-word': { text: 'The word "{found}" is listed twice.', fix: 'Keep it once.' },
    'alias-is-name': {
      text: 'The other name "{found}" is the official name itself.',
      fix: 'List only other names (spellings, short names, acronyms); the official name is already searched.',
    },
    'source-line': {
      text: 'Line {found} of the reference document is not a bullet under the heading of the area "{category}".',
      fix: 'Write in source.line the line number of the bullet in content/source/report.ar.txt, and check the area.',
    },
    'duplicate-source-line': {
      text: 'Line {found} of the reference document is also used by {other}.',
      fix: 'One achievement per bullet: correct source.line in one of the two files.',
    },
    'duplicate-tile': {
      text: 'The map tile {found} is also given to the region {other}.',
      fix: 'Give each region its own tile: change tile.row or tile.column of one of the two.',
    },
    'duplicate-id': { text: 'The id "{found}" appears more than once in the file.', fix: 'Give every item its own id.' },
    placeholder: {
      text: 'A placeholder (TODO) is left in {field}.',
      fix: 'Replace TODO with the right value from the reference document.',
    },
    'slug-invalid': {
      text: 'The folder name "{found}" cannot be used as a page address.',
      fix: 'Name the folder with lower-case Latin letters, digits and hyphens only, like literacy-programme.',
    },
    'missing-arabic': {
      text: 'A translation without an Arabic file: there is no ar.mdx in the folder "{found}".',
      fix: 'Add ar.mdx with the achievement’s facts, or move the translation to the right folder.',
    },
    'missing-translation': {
      text: 'There is no {expected} translation of this achievement.',
      fix: 'Add the file {file} with a translated title and text (the Arabic text is shown until then).',
    },
    'unexpected-file': {
      text: 'Unexpected file: "{found}".',
      fix: 'An achievement folder takes only {expected} (and images): rename or remove the file.',
    },
    'empty-text': { text: 'The achievement has no text.', fix: 'Write the text after the second --- line.' },
    'translation-drift': {
      text: 'The number {found} in the text matches no figure or date in the achievement’s facts.',
      fix: 'Correct the number to match the facts ({expected}), or add it to the facts in ar.mdx if the document gives it.',
    },
    'bidi-control': {
      text: 'An invisible text-direction control character ({found}).',
      fix: 'Remove this invisible character; the site isolates Latin names by itself.',
    },
    'not-nfc': { text: 'The text is not normalised (Unicode NFC).', fix: 'Save the file in NFC (or retype the word shown).' },
    tatweel: {
      text: 'An Arabic elongation character (tatweel, ـ) in the text.',
      fix: 'Remove the tatweel; it has no place in an official text.',
    },
    'zero-width': { text: 'An invisible zero-width character ({found}).', fix: 'Remove this invisible character.' },
    'arabic-indic-digits': {
      text: 'Eastern Arabic digits ({found}) in the text.',
      fix: 'Write the digits 0–9, as the reference document does.',
    },
    'control-character': {
      text: 'An invisible control character ({found}).',
      fix: 'Delete this character: it shows nothing and breaks the RSS feed and the sitemap.',
    },
    'mdx-syntax': { text: 'The text cannot be parsed: {detail}', fix: 'Correct the line shown; the text is plain writing, with no code.' },
    'mdx-import-export': {
      text: 'An import or export statement in the text.',
      fix: 'Remove this line: an achievement’s text takes no code.',
    },
    'mdx-expression': { text: 'A code expression in braces { } in the text.', fix: 'Remove the braces or replace them with plain text.' },
    'mdx-expression-attribute': {
      text: 'A computed attribute in the tag <{found}>.',
      fix: 'Write attribute values as text in quotes, without { }.',
    },
    'component-not-allowed': {
      text: 'The component <{found}> is not allowed.',
      fix: 'Remove it; the allowed components are listed in src/check/allow-list.ts.',
    },
    'tag-forbidden': { text: 'The tag <{found}> is forbidden in content.', fix: 'Remove this tag and what it contains.' },
    'tag-not-allowed': { text: 'The tag <{found}> is not allowed.', fix: 'Use plain Markdown, or one of the allowed tags: {expected}.' },
    'attribute-not-allowed': {
      text: 'The attribute {found} is not allowed on the tag.',
      fix: 'Remove the attribute; allowed attributes: {expected}.',
    },
    'event-handler': { text: 'An event-handler attribute ({found}) on the tag.', fix: 'Remove this attribute: content takes no code.' },
    'unsafe-url': { text: 'A link that is not allowed: {found}', fix: 'Use a link starting with https:// or a link within the site.' },
    'image-remote': {
      text: 'An image from another site: {found}',
      fix: 'Put the image in the achievement’s folder and write its name, like ./photo.webp.',
    },
    'image-missing': {
      text: 'The image {found} does not exist.',
      fix: 'Add the image file to the achievement’s folder or correct its name.',
    },
    'image-format': { text: 'The image format {found} is not accepted.', fix: 'Use one of the formats: {expected}.' },
    'image-too-large': { text: 'The image weighs {found}.', fix: 'Reduce the image to at most {expected}.' },
    'image-undecodable': {
      text: 'The image {found} cannot be opened: its data is not a sound image, or it is over 25 megapixels.',
      fix: 'Open the image in an image editor and save it again as WebP, JPEG or PNG, at a reasonable size.',
    },
    'image-alt-missing': {
      text: 'An image without alternative text.',
      fix: 'Describe the image briefly between the brackets: ![description](./photo.webp).',
    },
    'image-outside': {
      text: 'An image from outside the achievement’s folder: {found}',
      fix: 'Put the image in the achievement’s own folder and write its name only, like ./photo.webp (no leading / and no ..).',
    },
    'image-type': {
      text: 'The file {found} is not an image of the format its name says.',
      fix: 'Save the image again in one of the formats {expected}, with the extension that matches it.',
    },
    symlink: {
      text: 'The file {found} is a symbolic link to another file.',
      fix: 'Put the file itself in the folder instead of the link.',
    },
  },
} as const satisfies CheckMessages;
