/**
 * Serves the sub-path build (`npm run build:base`, in dist-base/) under /achievements/ for the
 * browser tests of a deployment below the domain root.
 */
import { fileURLToPath } from 'node:url';
import { serveStatic } from './static-server.ts';

const root = fileURLToPath(new URL('../../dist-base', import.meta.url));
const port = Number(process.env.SUBPATH_PORT ?? 4331);
await serveStatic(root, port, { prefix: '/achievements/' });
console.log(`dist-base served at http://localhost:${port}/achievements/`);
