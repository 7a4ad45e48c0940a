import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Blob, Buffer as ShapingBuffer, Direction, Face, Font, shape } from 'harfbuzzjs';
import { compress, decompress } from 'wawoff2';

/**
 * A font cut down to the glyphs that a known set of texts uses, with HarfBuzz: the shaper
 * (harfbuzzjs) says which glyphs each text needs, and hb-subset keeps those and nothing else.
 *
 * hb-subset alone (as `subset-font` calls it) keeps every glyph that the font's substitutions
 * could reach from the characters given: every ligature and contextual alternate of every pair
 * of letters, about twice the glyphs the site's words use. It also keeps the TrueType hinting
 * instructions, a third of the file, which browsers on phones and macOS ignore and which only
 * sharpen stems on Windows at small sizes.
 */

/** Writable memory: HarfBuzz reads the font in place. */
const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
/** Drop the glyph programs, fpgm, prep and cvt: unhinted outlines, as most web fonts are. */
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
/** Keep the glyphs asked for; do not add what GSUB could reach from them. */
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

/** The part of harfbuzzjs's hb-subset WebAssembly build this module calls (it ships no types). */
interface SubsetExports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

let subsetter: SubsetExports | undefined;

async function loadSubsetter(): Promise<SubsetExports> {
  if (!subsetter) {
    const path = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(path));
    subsetter = instance.exports as unknown as SubsetExports;
    subsetter._initialize();
  }
  return subsetter;
}

/** A TrueType font from a WOFF2 file. */
export async function woff2ToTrueType(woff2: Uint8Array): Promise<Uint8Array> {
  return decompress(woff2);
}

/** A font ready to shape text with (harfbuzzjs). */
export function shapingFont(trueType: Uint8Array): Font {
  return new Font(new Face(new Blob(trueType)));
}

/** Zero-width joiner: shaping a letter between two shows its medial form, and so on. */
const ZWJ = '\u200D';

/** How a script's runs are shaped: its direction and HarfBuzz's script and language tags. */
export interface ShapingScript {
  direction: 'rtl' | 'ltr';
  script: string;
  language: string;
}

export const ARABIC_SHAPING: ShapingScript = { direction: 'rtl', script: 'Arab', language: 'ar' };

/**
 * Shapes `text` as a browser would lay out one run of it (right to left for Arabic). `before` and
 * `after` are context only (the letters around it, or a joiner), so that a piece of a word
 * takes the forms it has inside that word; they produce no glyphs.
 */
export function shapeRun(
  font: Font,
  text: string,
  before = '',
  after = '',
  script: ShapingScript = ARABIC_SHAPING,
): { glyph: number; xAdvance: number; xOffset: number; yOffset: number }[] {
  const buffer = new ShapingBuffer();
  buffer.addText(before + text + after, before.length, text.length);
  buffer.setDirection(script.direction === 'rtl' ? Direction.RTL : Direction.LTR);
  buffer.setScript(script.script);
  buffer.setLanguage(script.language);
  shape(font, buffer);
  const positions = buffer.getGlyphPositions();
  return buffer.getGlyphInfos().map((info, index) => ({
    glyph: info.codepoint,
    xAdvance: positions[index]?.xAdvance ?? 0,
    xOffset: positions[index]?.xOffset ?? 0,
    yOffset: positions[index]?.yOffset ?? 0,
  }));
}

/**
 * Each character alone and joined on either or both sides: its isolated, initial, medial and
 * final forms. With these any word written with the characters joins as it should, even one
 * the site never wrote (a visitor's search); a ligature or contextual alternate that only the
 * site's words use is kept for them alone.
 */
export function joiningContexts(characters: string): [text: string, before: string, after: string][] {
  const contexts: [string, string, string][] = [];
  for (const character of characters) {
    contexts.push([character, '', ''], [character, ZWJ, ''], [character, '', ZWJ], [character, ZWJ, ZWJ]);
  }
  return contexts;
}

export interface SubsetRequest {
  /** The characters the font must map (its cmap); the browser falls back for the others. */
  characters: string;
  /** Every text the font must render exactly as the full font does. */
  texts: Iterable<string>;
  /** How its texts are shaped (Arabic unless given). */
  shaping?: ShapingScript;
}

/**
 * The glyphs `texts` shape to, each character's joining forms, and the mandatory lam-alef
 * ligatures (Unicode requires them; a joiner cannot stand in for them).
 */
export function glyphsNeeded(font: Font, { characters, texts, shaping = ARABIC_SHAPING }: SubsetRequest): Set<number> {
  const glyphs = new Set<number>([0]);
  const add = (text: string, before = '', after = '') => {
    for (const { glyph } of shapeRun(font, text, before, after, shaping)) glyphs.add(glyph);
  };
  for (const text of texts) add(text);
  for (const [text, before, after] of joiningContexts(characters)) add(text, before, after);
  for (const alef of characters.match(/[\u0622\u0623\u0625\u0627]/gu) ?? []) {
    add(`\u0644${alef}`);
    add(`\u0644${alef}`, ZWJ);
  }
  return glyphs;
}

/**
 * `trueType` cut down to `request`, as WOFF2. The same input always gives the same bytes
 * (HarfBuzz and the WOFF2 encoder are deterministic; sets are iterated in order).
 */
export async function subsetFont(trueType: Uint8Array, request: SubsetRequest): Promise<Uint8Array> {
  const glyphs = glyphsNeeded(shapingFont(trueType), request);
  const hb = await loadSubsetter();
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('HarfBuzz could not start a subset (hb_subset_input_create_or_fail)');
  const fontPointer = hb.malloc(trueType.byteLength);
  new Uint8Array(hb.memory.buffer).set(trueType, fontPointer);
  const blob = hb.hb_blob_create(fontPointer, trueType.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  try {
    // Every layout feature: with no closure, a feature only keeps its rules on the glyphs kept.
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    hb.hb_subset_input_set_flags(
      input,
      hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE,
    );
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const character of request.characters) hb.hb_set_add(unicodes, character.codePointAt(0) ?? 0);
    const glyphSet = hb.hb_subset_input_glyph_set(input);
    for (const glyph of glyphs) hb.hb_set_add(glyphSet, glyph);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('HarfBuzz could not subset the font (hb_subset_or_fail): is the source file a valid font?');
    const result = hb.hb_face_reference_blob(subset);
    const start = hb.hb_blob_get_data(result, 0);
    // Copied out before the WebAssembly memory is freed or grows.
    const bytes = new Uint8Array(hb.memory.buffer).slice(start, start + hb.hb_blob_get_length(result));
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    return compress(bytes);
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(fontPointer);
  }
}
