import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every HTML page of a built folder (dist/ unless named), as the URL path a visitor requests
 * below the base: "/", "/fr/regions/", "/404.html".
 */
export function builtPages(distDir = 'dist'): string[] {
  const dist = fileURLToPath(new URL(`../../${distDir}/`, import.meta.url));
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(`/${relative(dist, path)}`.replace(/index\.html$/, ''));
    }
  };
  walk(dist);
  return pages.sort();
}
