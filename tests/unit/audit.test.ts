import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { exitCode, readAudit, shippedPackages, type Lockfile } from '../support/audit.ts';

/** `npm run audit:ship`: what it lists as shipped, and how it reads npm audit's answers. */
describe('audit:ship', () => {
  const lock: Lockfile = {
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { astro: '7.3.5' }, devDependencies: { typescript: '5.9.3' } } as Lockfile['packages'][string],
      'node_modules/astro': { version: '7.3.5', integrity: 'sha512-astro' },
      'node_modules/astro/node_modules/semver': { version: '7.7.0', integrity: 'sha512-semver' },
      'node_modules/@esbuild/win32-x64': { version: '0.27.0', integrity: 'sha512-win', optional: true, os: ['win32'], cpu: ['x64'] },
      'node_modules/wasm-tool/node_modules/tslib': { version: '2.8.1', inBundle: true, optional: true },
      'node_modules/wasm-tool': { version: '1.0.0', integrity: 'sha512-wasm', optional: true },
      'node_modules/typescript': { version: '5.9.3', integrity: 'sha512-ts', dev: true },
      'node_modules/tslib': { version: '2.8.1', integrity: 'sha512-tslib', devOptional: true },
    },
  };

  it('lists every package but the dev-only ones, with version, integrity, and what is direct, optional or bundled', () => {
    const shipped = shippedPackages(lock);
    assert.deepEqual(
      shipped.map((item) => `${item.name}@${item.version}`),
      ['@esbuild/win32-x64@0.27.0', 'astro@7.3.5', 'semver@7.7.0', 'tslib@2.8.1', 'wasm-tool@1.0.0', 'tslib@2.8.1'],
    );
    const astro = shipped.find((item) => item.name === 'astro')!;
    assert.equal(astro.integrity, 'sha512-astro');
    assert.equal(astro.direct, true);
    assert.equal(shipped.find((item) => item.name === 'semver')!.direct, false);
    assert.deepEqual(shipped.find((item) => item.path === 'node_modules/@esbuild/win32-x64')!.platform, 'win32 x64');
    assert.equal(shipped.find((item) => item.path === 'node_modules/wasm-tool/node_modules/tslib')!.bundledIn, 'wasm-tool');
    assert.equal(shipped.find((item) => item.path === 'node_modules/tslib')!.optional, true);
  });

  it('reads the project’s own lock file: astro ships, Playwright does not', () => {
    const real = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as Lockfile;
    const names = new Set(shippedPackages(real).map((item) => item.name));
    assert.ok(names.has('astro') && names.has('pagefind'));
    assert.ok(!names.has('@playwright/test') && !names.has('html-validate'));
  });

  it('refuses a lock file too old to say what is dev-only', () => {
    assert.throws(() => shippedPackages({ lockfileVersion: 1 } as Lockfile), /lockfileVersion 1: version 2 or 3 is needed/);
  });

  // What npm 11.19 printed on this network: the registry refuses the advisories endpoint.
  const refused = JSON.stringify({
    message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    method: 'POST',
    uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    statusCode: 405,
    body: '',
    error: { summary: '', detail: '' },
  });
  const report = (vulnerabilities: Record<string, unknown>) => JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: {} });
  const astroAdvisory = {
    astro: {
      name: 'astro',
      severity: 'critical',
      isDirect: true,
      via: [
        {
          source: 1,
          name: 'astro',
          title: 'Remote code execution through crafted AVIF images',
          url: 'https://github.com/advisories/GHSA-26w7-cxv4-gfx2',
          severity: 'critical',
          range: '<7.2.8',
        },
      ],
      effects: [],
      range: '<7.2.8',
      nodes: ['node_modules/astro'],
      fixAvailable: { name: 'astro', version: '7.3.5', isSemVerMajor: false },
    },
  };

  it('a refusal is "did not run", with the registry’s answer, never a pass', () => {
    const outcome = readAudit(refused);
    assert.deepEqual(outcome, {
      ran: false,
      reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
    assert.equal(exitCode(outcome, false), 0);
    assert.equal(exitCode(outcome, true), 2);
    assert.equal(readAudit('', 'npm error audit endpoint returned an error').ran, false);
  });

  it('a high or critical finding fails, with its advisory and its fix', () => {
    const outcome = readAudit(report(astroAdvisory));
    assert.equal(outcome.ran, true);
    if (!outcome.ran) return;
    assert.equal(outcome.counts.critical, 1);
    assert.deepEqual(outcome.serious, [
      'critical: astro <7.2.8 — Remote code execution through crafted AVIF images (https://github.com/advisories/GHSA-26w7-cxv4-gfx2) — fix: astro@7.3.5',
    ]);
    assert.equal(exitCode(outcome, false), 1);
  });

  it('moderate and low findings are counted but do not fail; a clean report passes', () => {
    const moderate = readAudit(report({ yaml: { name: 'yaml', severity: 'moderate', via: ['other'], range: '<2', fixAvailable: true } }));
    assert.equal(moderate.ran && moderate.counts.moderate, 1);
    assert.equal(exitCode(moderate, true), 0);
    assert.equal(exitCode(readAudit(report({})), true), 0);
  });
});
