import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element, ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { allowedAttributes, allowedTags, forbiddenTags } from '../../src/check/allow-list.ts';
import { entrySchema, mdxToHtml, sanitizeEntry, UncheckedMdxError } from '../../src/lib/mdx-html.ts';
import { achievementFile, achievementSlugs, readFrontmatter } from '../support/content-files.ts';

const file = 'content/achievements/example/ar.mdx';
const html = (body: string) => mdxToHtml(body, file).html;

describe('an entry’s MDX text rendered to HTML when the content is loaded', () => {
  it('keeps the allowed elements and their attributes, as MDX renders them', () => {
    assert.equal(
      html('تمت المصادقة على القانون رقم <bdi>50-17</bdi> و<abbr title="Organisation des Nations unies">ONU</abbr>.'),
      '<p>تمت المصادقة على القانون رقم <bdi>50-17</bdi> و<abbr title="Organisation des Nations unies">ONU</abbr>.</p>',
    );
    // Alone on its line an element is a block, as in MDX: no paragraph around it.
    assert.equal(html('<bdi dir="ltr" lang="fr">x</bdi>'), '<bdi dir="ltr" lang="fr">x</bdi>');
  });

  it('renders Markdown with GFM and smart punctuation, as Astro’s MDX does by default', () => {
    assert.equal(html('"نسيج البروكار" -- **16** ~~x~~'), '<p>“نسيج البروكار” – <strong>16</strong> <del>x</del></p>');
    assert.equal(html('- one\n- two'), '<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    assert.equal(html('[UNESCO](https://www.unesco.org/)'), '<p><a href="https://www.unesco.org/">UNESCO</a></p>');
  });

  it('escapes text, so characters never become markup', () => {
    assert.equal(html('a &amp; b &lt;c&gt;'), '<p>a &#x26; b &#x3C;c></p>');
  });

  it('gives headings Astro’s ids under a prefix of their own (no heading takes an id of the page), and lists them', () => {
    const entry = mdxToHtml('## Bilan 2020\n\n## Bilan 2020', file);
    assert.equal(entry.html, '<h2 id="text-bilan-2020">Bilan 2020</h2>\n<h2 id="text-bilan-2020-1">Bilan 2020</h2>');
    assert.deepEqual(entry.metadata.headings, [
      { depth: 2, slug: 'text-bilan-2020', text: 'Bilan 2020' },
      { depth: 2, slug: 'text-bilan-2020-1', text: 'Bilan 2020' },
    ]);
  });

  it('takes a heading’s id and listed text from all the text inside it, markup aside', () => {
    const entry = mdxToHtml('## Bilan <bdi>UNESCO</bdi> **2020** [x](https://x.example/)', file);
    assert.deepEqual(entry.metadata.headings, [{ depth: 2, slug: 'text-bilan-unesco-2020-x', text: 'Bilan UNESCO 2020 x' }]);
  });

  it('marks local images for Astro to optimise when the entry is rendered', () => {
    const entry = mdxToHtml('![Une photo](./photo%201.webp)\n\n![La même](./photo%201.webp)', file);
    assert.deepEqual(entry.metadata.imagePaths, ['./photo 1.webp']);
    const markers = [...entry.html.matchAll(/__ASTRO_IMAGE_="([^"]+)"/g)].map((match) => JSON.parse(match[1]!.replaceAll('&#x22;', '"')));
    assert.deepEqual(markers, [
      { alt: 'Une photo', src: './photo 1.webp', index: 0 },
      { alt: 'La même', src: './photo 1.webp', index: 1 },
    ]);
    assert.doesNotMatch(entry.html, /\ssrc=/, 'Astro writes the optimised src');
  });

  for (const [what, body] of [
    ['an expression', 'Total: {1 + 1}'],
    ['a comment', '{/* note */}'],
    ['an import', "import X from './x.js'\n\nText"],
    ['a component', '<Chart />'],
    ['an element that runs code', '<script>alert(1)</script>'],
    ['an element outside the allow-list', '<span>x</span>'],
    ['an event handler', '<bdi onclick="alert(1)">x</bdi>'],
    ['an attribute computed by code', '<bdi title={name}>x</bdi>'],
  ] as const) {
    it(`refuses ${what}, naming the file and the fix, instead of running or dropping it`, () => {
      assert.throws(
        () => mdxToHtml(body, file),
        (error: unknown) =>
          error instanceof UncheckedMdxError && error.message.startsWith(`${file}: `) && error.message.includes('npm run check'),
      );
    });
  }

  it('renders every entry of the site', () => {
    let count = 0;
    for (const slug of achievementSlugs()) {
      for (const language of ['ar', 'fr', 'en']) {
        const path = achievementFile(slug, language);
        const rendered = mdxToHtml(readFrontmatter(path).body.trim(), path.pathname).html;
        assert.match(rendered, /^<p>[^]+<\/p>$/, path.pathname);
        count += 1;
      }
    }
    assert.equal(count, 96);
  });
});

describe('the sanitizer behind the renderer (defence in depth)', () => {
  const element = (tagName: string, properties: Properties, ...children: ElementContent[]): Element => ({
    type: 'element',
    tagName,
    properties,
    children,
  });
  const text = (value: string): ElementContent => ({ type: 'text', value });

  it('strips from the tree the elements and attributes outside the allow-list, whatever put them there', () => {
    const tree: Root = {
      type: 'root',
      children: [
        element(
          'p',
          { className: ['x'], style: 'color:red', onClick: 'alert(1)', dir: 'rtl' },
          text('a'),
          element('script', {}, text('alert(1)')),
          element('span', { id: 'figures' }, text('b')),
        ),
        element('a', { href: 'javascript:alert(1)' }, text('c')),
        element('a', { href: 'https://www.unesco.org/', target: '_blank' }, text('d')),
        element('a', { href: '/fr/#figures' }, text('e')),
        element('h2', { id: 'figures' }, text('f')),
        element('h2', { id: 'text-f' }, text('f')),
        element('iframe', { src: 'https://evil.example/' }, text('g')),
        element('img', { src: 'https://evil.example/x.png', alt: 'x', onError: 'alert(1)' }),
        element('ol', { start: 3, type: 'i' }, element('li', {}, text('h'))),
        { type: 'comment', value: 'hidden' },
      ],
    };
    assert.equal(
      toHtml(sanitizeEntry(tree)),
      '<p dir="rtl">ab</p><a>c</a><a href="https://www.unesco.org/">d</a><a href="/fr/#figures">e</a><h2>f</h2><h2 id="text-f">f</h2><img><ol start="3"><li>h</li></ol>',
    );
  });

  it('takes its lists from the allow-list: every editor’s element and attribute, no forbidden element', () => {
    for (const tag of allowedTags) assert.ok(entrySchema.tagNames?.includes(tag), tag);
    for (const tag of forbiddenTags) assert.ok(!entrySchema.tagNames?.includes(tag), tag);
    assert.deepEqual(entrySchema.attributes?.['*'], [...allowedAttributes]);
    // What Markdown adds beyond the list (a cell's alignment, a code block's class) does not reach the page.
    assert.equal(
      html('| a |\n|:-:|\n| 1 |\n\n```js\nx\n```'),
      '<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n<pre><code>x\n</code></pre>',
    );
    // Editors' elements keep their attributes through the sanitizer.
    assert.equal(html('a <abbr title="t" lang="fr" dir="ltr">x</abbr>'), '<p>a <abbr title="t" lang="fr" dir="ltr">x</abbr></p>');
  });
});
