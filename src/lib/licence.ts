import packageJson from '../../package.json' with { type: 'json' };

/**
 * The licence of the open data and of the texts, by SPDX id. One setting: `DATA_LICENSE` at
 * build time, falling back to `config.dataLicense` in package.json (read in settings.ts). The
 * default there, CC-BY-4.0, is a proposal that the publisher has to confirm.
 */
export const licences = {
  'CC-BY-4.0': {
    name: 'Creative Commons Attribution 4.0 International',
    short: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  'CC-BY-SA-4.0': {
    name: 'Creative Commons Attribution-ShareAlike 4.0 International',
    short: 'CC BY-SA 4.0',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC0-1.0': { name: 'Creative Commons Zero 1.0 Universal', short: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'ODbL-1.0': {
    name: 'Open Data Commons Open Database License 1.0',
    short: 'ODbL 1.0',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  },
  'etalab-2.0': {
    name: 'Licence Ouverte / Open Licence 2.0',
    short: 'Licence Ouverte 2.0',
    url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  },
} as const satisfies Record<string, Licence>;

export interface Licence {
  /** Official name (licence names are not translated). */
  name: string;
  short: string;
  url: string;
}

export type LicenceId = keyof typeof licences;

/**
 * The licence named by `DATA_LICENSE` (`value`), else by package.json.
 * @throws naming the setting and the ids allowed, when the id is unknown.
 */
export function resolveLicence(value: string | undefined, fallback: string = packageJson.config.dataLicense): Licence & { id: LicenceId } {
  const id = value?.trim() || fallback;
  const from = value?.trim() ? 'DATA_LICENSE' : 'package.json "config.dataLicense"';
  if (!Object.hasOwn(licences, id)) {
    throw new Error(
      `${from} is "${id}", which is not a licence this site knows: use one of ${Object.keys(licences).join(', ')} (src/lib/licence.ts)`,
    );
  }
  return { id: id as LicenceId, ...licences[id as LicenceId] };
}
