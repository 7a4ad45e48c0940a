import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import sharp from 'sharp';
import { imageDecodeProblem, imageFileProblem } from '../../src/lib/entry-images.ts';

const folder = mkdtempSync(join(tmpdir(), 'entry-images-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#b45309' } });

describe('an entry’s image, decoded whole before the build uses it', () => {
  it('accepts a plain image of its format', async () => {
    writeFileSync(join(folder, 'photo.png'), await solid(40, 30).png().toBuffer());
    writeFileSync(join(folder, 'photo.webp'), await solid(40, 30).webp().toBuffer());
    assert.equal(imageFileProblem(folder, './photo.png'), undefined);
    assert.equal(await imageDecodeProblem(join(folder, 'photo.png')), undefined);
    assert.equal(await imageDecodeProblem(join(folder, 'photo.webp')), undefined);
  });

  it('refuses a PNG header followed by a page of script (a polyglot), which Astro would ship as it is', async () => {
    const png = await solid(10, 10).png().toBuffer();
    // The signature and the IHDR chunk (8 + 25 bytes), then HTML instead of image data.
    const polyglot = Buffer.concat([png.subarray(0, 33), Buffer.from('<html><script>alert(document.domain)</script></html>')]);
    writeFileSync(join(folder, 'polyglot.png'), polyglot);
    assert.equal(imageFileProblem(folder, './polyglot.png'), undefined, 'its first bytes alone look right');
    assert.ok(await imageDecodeProblem(join(folder, 'polyglot.png')));
  });

  it('refuses an image too large to decode (a small file of many pixels) and one whose data is another format', async () => {
    writeFileSync(
      join(folder, 'bomb.png'),
      await sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#000' } })
        .png({ compressionLevel: 9, palette: true })
        .toBuffer(),
    );
    assert.match((await imageDecodeProblem(join(folder, 'bomb.png'))) ?? '', /pixel/i);
    writeFileSync(join(folder, 'named.png'), await solid(10, 10).webp().toBuffer());
    assert.match((await imageDecodeProblem(join(folder, 'named.png'))) ?? '', /webp, not what its name says/);
  });
});
