import type { Region } from '../schemas/taxonomy.ts';
import { wrapLabel } from './charts.ts';

/**
 * The map of Morocco's 12 regions, as a schematic tile map: one equal tile per region, placed
 * roughly where the region lies (`tile` in content/regions.yaml).
 *
 * Why tiles and not outlines: no package on the npm registry ships the boundaries of the 2015
 * twelve-region division under an open licence (the world atlases stop at countries, and draw
 * the southern regions apart from the rest of the kingdom). Equal tiles also give the small
 * regions of the north the same room as the large ones of the south, for their name, their
 * count and a finger on a phone. A map keeps north up and west on the left in every
 * language: only the text inside the tiles follows the page's direction.
 */

/** How dark a region is drawn: 0 for none, then 1 to `SHADES` from fewest to most. */
export const SHADES = 4;

export interface ShadeClass {
  shade: number;
  /** The counts this shade stands for, inclusive. */
  from: number;
  to: number;
}

/**
 * The legend's classes for counts from 0 to `max`: "none", then up to four classes of equal
 * width (one count each while the largest count is small).
 * @example shadeClasses(3) // none, 1, 2, 3
 * @example shadeClasses(10) // none, 1–3, 4–6, 7–9, 10–12
 */
export function shadeClasses(max: number): ShadeClass[] {
  const classes: ShadeClass[] = [{ shade: 0, from: 0, to: 0 }];
  const width = Math.max(1, Math.ceil(max / SHADES));
  for (let from = 1, shade = 1; from <= max; from += width, shade += 1) classes.push({ shade, from, to: from + width - 1 });
  return classes;
}

export function shadeOf(count: number, classes: readonly ShadeClass[]): number {
  return classes.find((item) => count >= item.from && count <= item.to)?.shade ?? classes.at(-1)?.shade ?? 0;
}

export interface MapTile {
  region: Region;
  count: number;
  shade: number;
  x: number;
  y: number;
  /** The region's name in lines that fit in the tile. */
  nameLines: string[];
}

export interface TileMapLayout {
  width: number;
  height: number;
  tileWidth: number;
  tileHeight: number;
  fontSize: number;
  tiles: MapTile[];
  classes: ShadeClass[];
}

const TILE_WIDTH = 104;
const TILE_HEIGHT = 72;
const GAP = 6;
const FONT_SIZE = 13.5;

/**
 * Places each region's tile and shades it by its count of achievements.
 * `shortName` gives the text written in the tile (the full name stays the link's name).
 * Throws when two regions claim the same tile: content/regions.yaml must be fixed.
 */
export function layoutTileMap(
  regions: readonly Region[],
  countOf: (region: Region) => number,
  shortName: (region: Region) => string,
): TileMapLayout {
  const taken = new Map<string, Region>();
  for (const region of regions) {
    const key = `${region.tile.row},${region.tile.column}`;
    const other = taken.get(key);
    if (other) {
      throw new Error(
        `content/regions.yaml: "${region.id}" and "${other.id}" have the same tile (row ${region.tile.row}, column ${region.tile.column}). ` +
          'Give each region its own tile.',
      );
    }
    taken.set(key, region);
  }
  const counts = new Map(regions.map((region) => [region.id, countOf(region)]));
  const classes = shadeClasses(Math.max(0, ...counts.values()));
  const columns = Math.max(...regions.map((region) => region.tile.column)) + 1;
  const rows = Math.max(...regions.map((region) => region.tile.row)) + 1;
  const maxChars = Math.floor((TILE_WIDTH - 10) / (FONT_SIZE * 0.55));
  const tiles = regions.map((region): MapTile => {
    const count = counts.get(region.id) ?? 0;
    return {
      region,
      count,
      shade: shadeOf(count, classes),
      x: region.tile.column * (TILE_WIDTH + GAP),
      y: region.tile.row * (TILE_HEIGHT + GAP),
      // Hyphenated Latin names (Tanger-Tétouan-Al Hoceïma) may break after their hyphens.
      nameLines: wrapLabel(shortName(region).replace(/-/g, '- '), maxChars).map((line) => line.replace(/- /g, '-')),
    };
  });
  return {
    width: columns * TILE_WIDTH + (columns - 1) * GAP,
    height: rows * TILE_HEIGHT + (rows - 1) * GAP,
    tileWidth: TILE_WIDTH,
    tileHeight: TILE_HEIGHT,
    fontSize: FONT_SIZE,
    tiles,
    classes,
  };
}
