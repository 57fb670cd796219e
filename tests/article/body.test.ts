/** Tests of the article body: which blocks are the story's text and which characters it keeps. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/index.js';

const prose = (topic: string, n: number): string[] =>
  Array.from(
    { length: n },
    (_, i) =>
      `Paragraph ${i + 1} about ${topic} explains, in full sentences with commas, what happened and why it matters to readers.`,
  );

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Storm hits coast | Daily Planet</title>${head}</head><body>${body}</body></html>`;
}

const article = prose('the storm', 6);
const articleHtml = `<article><h1>Storm hits coast</h1>${article.map((p) => `<p>${p}</p>`).join('\n')}</article>`;

describe('article body', () => {
  it('keeps the paragraphs in order, separated by a blank line', () => {
    const { text } = extractArticle({ html: page(articleHtml) });
    expect(text).toBe(article.join('\n\n'));
  });

  it('drops navigation, share bars, cookie banners, comments, newsletter boxes and related lists', () => {
    const html = page(`
      <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
      <div class="cookie-banner">We use cookies to improve your experience on this website, please accept them.</div>
      <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      ${articleHtml}
      <div class="newsletter-signup"><p>Sign up for our newsletter and never miss a story from the Daily Planet again.</p></div>
      <section class="related-articles"><h2>Related</h2><ul>${prose('other news', 4)
        .map((p) => `<li><a href="/x">${p}</a></li>`)
        .join('')}</ul></section>
      <div id="comments"><h3>3 comments</h3><p>Reader one says this long comment is a matter of opinion, not of the article.</p></div>
      <footer><p>Copyright Daily Planet. All rights reserved. Contact us for reprints.</p></footer>`);
    const { text } = extractArticle({ html });
    expect(text).toBe(article.join('\n\n'));
  });

  it('keeps bylines, datelines and the repeated headline out of the body', () => {
    const html = page(`<article><h1>Storm hits coast</h1><p>By Jane Reporter</p><p>16 October 2019</p>
      ${article.map((p) => `<p>${p}</p>`).join('')}</article>`);
    const { text } = extractArticle({ html });
    expect(text).not.toContain('Jane Reporter');
    expect(text).not.toContain('16 October 2019');
    expect(text).not.toContain('Storm hits coast');
    expect(text.startsWith(article[0])).toBe(true);
  });

  it('drops image captions, embedded posts and ad labels inside the article', () => {
    const html = page(`<article>${article
      .slice(0, 3)
      .map((p) => `<p>${p}</p>`)
      .join('')}
      <figure><img src="a.jpg"><figcaption>Waves on the pier. Photo: Agency</figcaption></figure>
      <blockquote class="twitter-tweet"><p>Stay safe everyone, the storm is coming in fast tonight.</p>&mdash; Mayor (@mayor)</blockquote>
      <div class="ad-slot">Advertisement</div>
      ${article
        .slice(3)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article>`);
    const { text } = extractArticle({ html });
    expect(text).toBe(article.join('\n\n'));
  });

  it('picks the article over a longer list of teaser links in a sidebar', () => {
    const sidebar = `<aside class="sidebar">${prose('sidebar teaser', 12)
      .map((p) => `<div><a href="/t">${p}</a></div>`)
      .join('')}</aside>`;
    const html = page(`<div class="layout"><main>${articleHtml}</main>${sidebar}</div>`);
    const { text } = extractArticle({ html });
    expect(text).toBe(article.join('\n\n'));
  });

  it('finds an article written as text split by <br> in a bare div, with a menu beside it', () => {
    const menu = `<div class="menu">${Array.from({ length: 30 }, (_, i) => `<a href="/${i}">Section ${i}</a>`).join(' ')}</div>`;
    const html = page(`${menu}<div class="story">${article.join('<br><br>')}</div>`);
    const { text } = extractArticle({ html });
    expect(text).toBe(article.join('\n\n'));
  });

  it('takes in a standfirst that sits in the article header, apart from the body container', () => {
    const standfirst =
      'The storm that hit the coast overnight left thousands without power, and the clean-up will take weeks, officials said on Sunday, as crews worked through the night to clear roads.';
    const topics = ['Weather', 'Coast', 'Power cuts', 'Emergency services', 'Local news', 'Climate']
      .map((t) => `<div class="topic"><a href="/t">${t} and everything else about it</a></div>`)
      .join('');
    const html =
      page(`<article><header class="article-header"><h1>Storm hits coast</h1>${topics}<div class="intro"><p>${standfirst}</p></div></header>
      <div class="article-content"><div class="rich-text">${article.map((p) => `<p>${p}</p>`).join('')}</div>
      <div class="share"><a href="#">Share</a></div></div></article>
      <aside><p>${prose('sidebar', 1)[0]}</p></aside>`);
    expect(extractArticle({ html }).text).toBe([standfirst, ...article].join('\n\n'));
  });

  it('never takes a long comment thread or a cookie notice for the article, even when they outweigh it', () => {
    const comments = prose('a reader opinion', 20)
      .map((p) => `<div class="entry"><p>${p}</p></div>`)
      .join('');
    const short = article.slice(0, 2);
    const html = page(`<div class="cookie-notice"><p>${prose('cookies', 3).join(' ')}</p></div>
      <article>${short.map((p) => `<p>${p}</p>`).join('')}</article>
      <section class="comment-list"><div class="thread">${comments}</div></section>`);
    expect(extractArticle({ html }).text).toBe(short.join('\n\n'));
  });

  it('never takes a comment\'s own "comment-content" box for the article, however long the comment', () => {
    const longComment = `<div id="comments"><ol class="comment-list"><li class="comment"><div class="comment-content">${prose(
      'a reader',
      12,
    )
      .map((p) => `<p>${p}</p>`)
      .join('')}</div></li></ol></div>`;
    const short = article.slice(0, 2);
    const html = page(
      `<article><div class="entry-content">${short.map((p) => `<p>${p}</p>`).join('')}</div></article>${longComment}`,
    );
    expect(extractArticle({ html }).text).toBe(short.join('\n\n'));
  });

  it('reads "non-paywall" and "entry share" as names of the article wrapper, not furniture', () => {
    const html = page(`<section class="non-paywall"><div class="entry share">${articleHtml}</div></section>`);
    expect(extractArticle({ html }).text).toBe(article.join('\n\n'));
  });

  it('drops photo credits and captions kept in a box beside the picture, and the title of a link list', () => {
    const html = page(`<article>${article
      .slice(0, 3)
      .map((p) => `<p>${p}</p>`)
      .join('')}
      <div class="image"><img src="a.jpg"><span>Foto: Getty Images / Jane Doe</span></div>
      <p>Read also:</p><p><a href="/a">Earlier storms on this coast</a> <a href="/b">How to prepare your house</a></p>
      ${article
        .slice(3)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article>`);
    expect(extractArticle({ html }).text).toBe(article.join('\n\n'));
  });

  it('keeps the text of a gallery or a list of steps, each beside its own picture', () => {
    const steps = prose('step', 6).map((p, i) => `<li><img src="${i}.jpg"><p>${p}</p></li>`);
    const html = page(`<article><p>${article[0]}</p><ol>${steps.join('')}</ol></article>`);
    expect(extractArticle({ html }).text).toBe([article[0], ...prose('step', 6)].join('\n\n'));
  });

  it('drops an author box even when its name starts with the article\'s own ("post-author")', () => {
    const bio = `<div class="post-author"><h3>About the author</h3><p>${prose('the author', 1)[0]}</p></div>`;
    const html = page(
      `<article><div class="post-content">${article.map((p) => `<p>${p}</p>`).join('')}</div>${bio}</article>`,
    );
    expect(extractArticle({ html }).text).toBe(article.join('\n\n'));
  });

  it('keeps headings that structure the article and list items that are part of it', () => {
    const html = page(
      `<article>${article
        .slice(0, 3)
        .map((p) => `<p>${p}</p>`)
        .join(
          '',
        )}<h2>What comes next</h2><ul><li>Roads stay closed until Monday.</li><li>Schools reopen on Tuesday.</li></ul>${article
        .slice(3)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article>`,
    );
    const { text } = extractArticle({ html });
    expect(text).toContain(
      `${article[2]}\n\nWhat comes next\n\nRoads stay closed until Monday.\n\nSchools reopen on Tuesday.\n\n${article[3]}`,
    );
  });
});

describe('article text characters', () => {
  it('removes soft hyphens and zero-width spaces, which only hint where to break a line', () => {
    const html = `<html><body><article><p>${article[0].replace('Paragraph', 'Para\u00adgraph').replace('explains', 'ex\u200bplains')}</p></article></body></html>`;
    expect(extractArticle({ html }).text).toBe(article[0]);
  });

  it('leaves out ruby readings printed above East Asian characters', () => {
    const sentence =
      '最近、親に虐待された子どもを児童相談所が守ることができなくて、子どもが亡くなる事件が続いています。';
    const withRuby = sentence
      .replace('最近', '<ruby>最近<rp>(</rp><rt>さいきん</rt><rp>)</rp></ruby>')
      .replace('親', '<ruby>親<rt>おや</rt></ruby>');
    const html = `<html><body><article><p>${withRuby}</p></article></body></html>`;
    expect(extractArticle({ html }).text).toBe(sentence);
  });

  it('drops photo credits and source notes written as their own line', () => {
    const html = page(
      `<article>${article.map((p) => `<p>${p}</p>`).join('<p>Foto: dpa / Jane Doe</p>')}<p>Quelle: Landesregierung</p></article>`,
    );
    expect(extractArticle({ html }).text).toBe(article.join('\n\n'));
  });

  it('drops a heading that opens the page title followed by the site name and a date', () => {
    const html = `<html><head><title>Storm hits the northern coast | Daily Planet | 12.03.2021</title></head><body>
      <article><h1>Storm hits the northern coast</h1>${article.map((p) => `<p>${p}</p>`).join('')}
      <h2>What the storm changes</h2><p>${article[0]}</p></article></body></html>`;
    const { text } = extractArticle({ html });
    expect(text).not.toContain('Storm hits the northern coast');
    expect(text).toContain('What the storm changes');
  });
});
