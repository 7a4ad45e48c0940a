import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import packageJson from '../../package.json' with { type: 'json' };
import { readSettings, SettingsError } from '../../src/lib/settings.ts';
import { PLACEHOLDER_SITE_URL } from '../../src/lib/site-url.ts';

describe('the build’s settings', () => {
  it('default to package.json and the site’s root', () => {
    const settings = readSettings({});
    assert.equal(settings.base, '/');
    assert.equal(settings.outDir, './dist');
    assert.deepEqual(settings.site, { origin: PLACEHOLDER_SITE_URL, placeholder: true });
    assert.equal(settings.licence.id, packageJson.config.dataLicense);
    assert.deepEqual(settings.repository, { url: packageJson.repository.url.replace(/\.git$/, ''), branch: 'main' });
  });

  it('read each from the environment', () => {
    const settings = readSettings({
      BASE_PATH: '/achievements',
      OUT_DIR: 'dist-base',
      SITE_URL: 'https://artisanat.example.ma',
      DATA_LICENSE: 'CC0-1.0',
      REPOSITORY_URL: 'https://gitlab.example.ma/ministere/realisations.git',
      REPOSITORY_BRANCH: 'publication',
    });
    assert.equal(settings.base, '/achievements/');
    assert.equal(settings.outDir, 'dist-base');
    assert.equal(settings.site.origin, 'https://artisanat.example.ma/');
    assert.equal(settings.licence.short, 'CC0 1.0');
    assert.deepEqual(settings.repository, { url: 'https://gitlab.example.ma/ministere/realisations', branch: 'publication' });
  });

  it('refuse every bad value at once, each named with what to write', () => {
    assert.throws(
      () =>
        readSettings({
          BASE_PATH: 'achievements',
          DATA_LICENSE: 'MIT',
          REPOSITORY_URL: 'git@github.com:x/y.git',
          REPOSITORY_BRANCH: 'a b',
        }),
      (error: unknown) => {
        assert.ok(error instanceof SettingsError);
        assert.match(error.message, /BASE_PATH is "achievements": .*like \/achievements\//);
        assert.match(error.message, /DATA_LICENSE is "MIT"/);
        assert.match(error.message, /REPOSITORY_URL is "git@github.com:x\/y.git": write the repository's https address/);
        assert.equal(error.stack, '', 'no stack trace under the message');
        return true;
      },
    );
    assert.throws(() => readSettings({ SITE_URL: 'ftp://example.ma' }), /SITE_URL is "ftp:\/\/example.ma"/);
    assert.throws(() => readSettings({ REPOSITORY_BRANCH: '../main' }), /REPOSITORY_BRANCH is "\.\.\/main"/);
  });
});
