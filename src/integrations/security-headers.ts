import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { withTrailingSlash } from '../lib/routing.ts';

/**
 * Writes `_headers` (read by Netlify and Cloudflare Pages) into the build: the protections a
 * <meta> cannot give (frame-ancestors, HSTS, nosniff…) and long caching for hashed assets.
 * Paths carry the deploy base. The page's own policy stays in its CSP <meta> (Astro's hashes);
 * the header adds only directives that cannot conflict with it.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': async ({ dir }) => {
        const rules = [
          `${base}*`,
          "  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
          '  Strict-Transport-Security: max-age=63072000; includeSubDomains',
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
          '  Cross-Origin-Opener-Policy: same-origin',
          '',
          // File names under _astro/ change with their content: they can be cached for good.
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
          `${base}pagefind/*`,
          '  Cache-Control: public, max-age=3600',
          '',
        ];
        await writeFile(new URL('_headers', dir), `${rules.join('\n')}\n`);
      },
    },
  };
}
