/** Tests of short posts: lines too short to count as prose, pictures between them, a busier side column. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/index.js';

function page(body: string): string {
  return `<!doctype html><html lang="de"><head><title>A small post</title></head><body>${body}</body></html>`;
}

const shareBar = `<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Mastodon</a></li><li><a href="#">Email</a></li></ul></div>`;
const relatedTeasers = [1, 2, 3]
  .map(
    (i) =>
      `<div class="teaser"><img src="t${i}.jpg"><a href="/p${i}">Another small post number ${i} in this series</a></div>`,
  )
  .join('');

describe('short posts', () => {
  it('keeps a data sheet of short lines when the widgets in its wrapper outweigh it', () => {
    const html = page(`<div id="main"><article><div class="entry-content">
      <h3>Where</h3><p>Anna: Lisbon.</p><p>Ben: Oslo.</p>
      <h3>Film stock</h3><p>Slide film, 100 ISO.</p>
      <h3>Order</h3><ul><li>Anna.</li><li>Ben.</li></ul>
      ${shareBar}${relatedTeasers}
      <p class="legal">Copyright © 2018. All Rights Reserved.</p></div></article></div>`);
    const { text } = extractArticle({ html });
    expect(text).toContain('Anna: Lisbon.');
    expect(text).toContain('Slide film, 100 ISO.');
    expect(text).toContain('Ben.');
    expect(text).not.toContain('Another small post');
  });

  it('keeps the short lines of a post beside a paragraph that alone outweighs its wrapper', () => {
    const html = page(`<div class="post" id="post-7">
      <p>“I have had a glass too many and perhaps should keep this thought to myself”</p>
      <p>– “Then keep it, that is better.”</p>
      ${shareBar}${relatedTeasers}</div>`);
    const { text } = extractArticle({ html });
    expect(text).toContain('perhaps should keep this thought');
    expect(text).toContain('Then keep it, that is better.');
  });

  it('keeps a short post told in pictures, whose text is no longer than a caption', () => {
    const html = page(`<div class="post"><h2>The second one</h2><div class="postentry">
      <p>Some weeks after the first one arrived, a second puppy joined the household last Friday.</p>
      <p><img src="one.jpg" width="450"></p>
      <p>This is how the elder one greeted the newcomer, sniffing at him:</p>
      <p><img src="two.jpg" width="450"></p><p>=)</p></div></div>`);
    const { text } = extractArticle({ html });
    expect(text).toContain('a second puppy joined the household');
    expect(text).toContain('sniffing at him');
  });

  it('still drops the caption box of a picture inside a longer article', () => {
    const story = Array.from(
      { length: 5 },
      (_, i) => `<p>Paragraph ${i + 1} of the report tells, in whole sentences, what the council decided and why.</p>`,
    ).join('');
    const html = page(
      `<article>${story}<div class="pic"><img src="a.jpg"><span>The town hall at dusk, seen from the bridge</span></div></article>`,
    );
    expect(extractArticle({ html }).text).not.toContain('The town hall at dusk');
  });

  it('does not take a widget of the side column for the article when the post is short', () => {
    const html = page(`<div id="wrapper"><div class="post" id="post-9">
      <p>A short thought of the day, written down before it slips away again tonight.</p>
      <p>– Noted.</p>${shareBar}</div>
      <div id="sidebar"><ul><li class="widget"><h2>Latest notes</h2><ul class="notes">
      <li>Warning: an undefined constant was used in the template of this widget and is assumed to be a string, which will throw an error in a later version of the language</li>
      </ul></li></ul></div></div>`);
    const { text } = extractArticle({ html });
    expect(text).toContain('A short thought of the day');
    expect(text).not.toContain('undefined constant');
  });

  it('still takes a box named as a sidebar inside the article element when it holds the text', () => {
    const html = page(`<main><article class="story"><div class="story-sidebar">
      ${Array.from({ length: 4 }, (_, i) => `<p>Section ${i + 1} of the feature describes at length how the shoes changed shape this season.</p>`).join('')}
      </div></article></main><div class="page-footer-links"><a href="/a">About</a></div>`);
    expect(extractArticle({ html }).text).toContain('Section 4 of the feature');
  });
});
