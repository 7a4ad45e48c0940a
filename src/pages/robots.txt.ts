import type { APIRoute } from 'astro';
import { absoluteUrl, siteOrigin } from '../lib/site-url.ts';

/**
 * robots.txt: everything may be crawled; the sitemap's address carries the base path. Under a
 * sub-path, crawlers read only the host's own /robots.txt: copy this line there.
 */
export const GET: APIRoute = () => {
  const sitemap = absoluteUrl(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, siteOrigin());
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
