/**
 * Tifinagh names of the content's regions, categories and partners, for the zgh pages. Not
 * wired anywhere yet; a DRAFT until a qualified translator reviews it (docs/translations/zgh.md).
 *
 * Only `attested` names should be shown: an id missing here, or whose name is only `proposed`,
 * is shown with its Arabic name (marked lang="ar" dir="rtl").
 */

/** How a name is known: from the body's own signage, from reference works, or drafted here. */
export type ZghNameStatus = 'official' | 'attested' | 'proposed';

export interface ZghName {
  /** The name as a reader of Tifinagh would see it after «ⵜⴰⵎⵏⴰⴹⵜ ⵏ» or on its own. */
  name: string;
  status: ZghNameStatus;
  /** Where the form was read (an address), or why it is only proposed. */
  source: string;
}

const wikipedia = (page: string) => `Wikipedia (en), «${page}», Berber-languages name in the infobox`;

/** The twelve regions, by the ids of content/regions.yaml (short form, as fr and en write them). */
export const zghRegionNames = {
  'tanger-tetouan-al-hoceima': {
    name: 'ⵟⴰⵏⵊⴰ-ⵜⵉⵟⵡⴰⵏ-ⵍⵃⵓⵙⵉⵎⴰ',
    status: 'attested',
    source: `${wikipedia('Tanger-Tetouan-Al Hoceima')}, as copied by http://mapnall.com/en/Map-Tanger-Tetouan-Al-Hoceima_1418921.html`,
  },
  oriental: {
    name: 'ⵜⴰⴳⵎⵓⴹⴰⵏⵜ',
    status: 'attested',
    source: `${wikipedia('Oriental (Morocco)')}: https://en.wikipedia-on-ipfs.org/wiki/Oriental_(Morocco) («ⵜⴰⵎⵏⴰⴹⵜ ⵜⴰⴳⵎⵓⴹⴰⵏⵜ»)`,
  },
  'fes-meknes': {
    name: 'ⴼⴰⵙ-ⵎⴽⵏⴰⵙ',
    status: 'attested',
    source: `${wikipedia('Fès-Meknès')}: http://piglix.com/piglix/F%C3%A8s-Mekn%C3%A8s`,
  },
  'rabat-sale-kenitra': {
    name: 'ⵕⴱⴰⵟ-ⵙⵍⴰ-ⵇⵏⵉⵟⵔⴰ',
    status: 'proposed',
    source: 'no Tifinagh form of the region found; ⵕⴱⴰⵟ as in https://geonames.de/couma.html, the rest transliterated',
  },
  'beni-mellal-khenifra': {
    name: 'ⴰⵢⵜ ⵎⵍⵍⴰⵍ-ⵅⵏⵉⴼⵕⴰ',
    status: 'attested',
    source: `${wikipedia('Béni Mellal-Khénifra')}: https://en.m.wikipedia.org/wiki/B%C3%A9ni_Mellal-Kh%C3%A9nifra`,
  },
  'casablanca-settat': {
    name: 'ⴰⵏⴼⴰ-ⵙⵟⵟⴰⵜ',
    status: 'attested',
    source: `${wikipedia('Casablanca-Settat')}: https://en.wikipedia-on-ipfs.org/wiki/Casablanca-Settat`,
  },
  'marrakech-safi': {
    name: 'ⵎⵕⵕⴰⴽⵛ-ⴰⵙⴼⵉ',
    status: 'attested',
    source: 'zgh Wikipedia, infobox of «ⵉⵃⴰⵃⴰⵏ» («ⵜⴰⵎⵏⴰⴹⵜ ⵎⵕⵕⴰⴽⵛ-ⴰⵙⴼⵉ»): https://zgh.wikipedia.org/wiki/ⵉⵃⴰⵃⴰⵏ',
  },
  'draa-tafilalet': {
    name: 'ⴷⵔⵄⴰ-ⵜⴰⴼⵉⵍⴰⵍⵜ',
    status: 'attested',
    source: `${wikipedia('Drâa-Tafilalet')}: https://en.wikipedia-on-ipfs.org/wiki/Dr%C3%A2a-Tafilalet`,
  },
  'souss-massa': {
    name: 'ⵙⵓⵙ-ⵎⴰⵙⵙⴰ',
    status: 'attested',
    source: `${wikipedia('Souss-Massa')}: https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Souss-Massa`,
  },
  'guelmim-oued-noun': {
    name: 'ⴳⵓⵍⵎⵉⵎ-ⴰⵙⵉⴼ ⵏⵓⵏ',
    status: 'proposed',
    source: `${wikipedia('Guelmim-Oued Noun')} gives «ⴳⵓⵍⵎⵉⵎ ⴰⵙⵉⴼ ⵏⵓⵏ», zgh Wikipedia («ⵉⵎⵄⵛⴰⵕ») «ⵜⴰⵎⵏⴰⴹⴰⵜ ⵏ ⵓⴳⵯⵍⵎⵉⵍ ⵡⴰⴷ ⵏⵓⵏ»: the two disagree`,
  },
  'laayoune-sakia-el-hamra': {
    name: 'ⵍⵄⵢⵓⵏ-ⵙⴰⴳⵢⴰ ⵍⵃⵎⵔⴰ',
    status: 'proposed',
    source: 'no Tifinagh form of the region found; transliterated from the Arabic',
  },
  'dakhla-oued-ed-dahab': {
    name: 'ⴷⴷⴰⵅⵍⴰ-ⴰⵙⵉⴼ ⵏ ⵡⵓⵕⵖ',
    status: 'attested',
    source: `${wikipedia('Dakhla-Oued Ed-Dahab')}, 2024-01 copy: https://alem.dynip.sapo.pt/wiki/content/wikipedia_en_all_maxi_2024-01/A/Dakhla-Oued_Ed-Dahab`,
  },
} as const satisfies Record<string, ZghName>;

/** The categories: no established Tifinagh name was found for any, so none is listed. */
export const zghCategoryNames = {} as const satisfies Record<string, ZghName>;

/** The partners with an established Tifinagh name; every other partner shows its Arabic name. */
export const zghPartnerNames = {
  parliament: {
    name: 'ⴰⴱⵔⵍⴰⵎⴰⵏ',
    status: 'attested',
    source:
      'used for the Parliament in Standard Amazigh texts («ⵙⵏⴰⵜ ⵜⵎⵙⵕⴰⵢ ⵏ ⵓⴱⵔⵍⴰⵎⴰⵏ», https://amadalamazigh.press.ma/); the Parliament shows its name in Tifinagh on its façade (https://amazigh24.yoo7.com/t24594-topic), not read here',
  },
} as const satisfies Record<string, ZghName>;

/** What a report prints about these names. */
export const zghNamesSources =
  'Read in December 2026 through a search of stored public pages: Wikipedia infoboxes (en, zgh), geonames.de, amadalamazigh.press.ma. No regional council logo or ministry signage could be read, so no name is `official` yet; a translator should check each against the body’s own signage.';
