/** Tests of the article stage on English news page shapes: dates, furniture, AMP, promotions. */
import { describe, expect, it } from 'vitest';
import { findRelativeDates } from '../../src/article/dates.js';
import { extractArticle } from '../../src/article/index.js';

// Common English news templates (wire copy, WordPress, Arc-like and AMP-like markup): what the reader
// sees around the story is metadata or furniture, not the story.
const story = [
  'WASHINGTON (AP) — The Senate passed a bill on Thursday that would fund the government through the end of the year, averting a shutdown.',
  'The measure now goes to the House, where leaders said they expected a vote before the weekend and predicted it would pass.',
  'Lawmakers from both parties said the deal was imperfect but necessary, and several said they would keep pressing for changes.',
  'The White House said the president would sign the bill as soon as it reached his desk, ending weeks of uncertainty for agencies.',
];
const paragraphs = story.map((p) => `<p>${p}</p>`);
const page = (head: string, body: string): string =>
  `<!doctype html><html lang="en"><head><title>Senate passes funding bill</title>${head}</head><body>${body}</body></html>`;
const fetchedAt = '2025-10-06T12:00:00Z';

describe('English news pages: dates', () => {
  it('takes the published line over an "Updated" line that carries a clock time', () => {
    const html = page(
      '',
      `<article><h1>Senate passes funding bill</h1>
       <div class="timestamp">Updated 10:42 a.m. ET Oct. 5, 2025</div><div class="timestamp">Published Oct. 3, 2025</div>
       ${paragraphs.join('')}</article>`,
    );
    expect(extractArticle({ html, fetchedAt }).published).toBe('2025-10-03');
    const updatedFirst = page(
      '',
      `<article><h1>Senate passes funding bill</h1><p class="date">Updated 9:15 p.m. Oct. 5, 2025</p>
       <p>Oct. 3, 2025</p>${paragraphs.join('')}</article>`,
    );
    expect(extractArticle({ html: updatedFirst, fetchedAt }).published).toBe('2025-10-03');
  });

  it("ignores today's date in the site header when the article shows its own", () => {
    const html = page(
      '',
      `<header class="site-header"><div class="current-date">Monday, October 6, 2025</div><a href="/">The Daily Planet</a></header>
       <main><div class="story"><h1>Senate passes funding bill</h1><p>By Jane Reporter</p><p>October 2, 2025</p>${paragraphs.join('')}</div></main>`,
    );
    expect(extractArticle({ html, fetchedAt }).published).toBe('2025-10-02');
  });

  it('reads publication microdata kept out of sight, and never takes the modification time for it', () => {
    const html = page(
      '',
      `<article><h1>Senate passes funding bill</h1><time itemprop="dateModified" class="hidden">2025-10-05 14:15:57</time>
       <time itemprop="datePublished" datetime="2025-10-01 10:20:00" class="sr-only">2025-10-01 10:20:00</time>${paragraphs.join('')}</article>`,
    );
    expect(extractArticle({ html, fetchedAt }).published).toBe('2025-10-01');
  });

  it('skips a <time> named as the update when reading publication times', () => {
    const html = page(
      '',
      `<article><h1>Senate passes funding bill</h1><p><time class="updated" datetime="2025-10-05T10:00:00-04:00">Oct. 5</time>
       <time datetime="2025-10-03T09:00:00-04:00">Oct. 3</time></p>${paragraphs.join('')}</article>`,
    );
    expect(extractArticle({ html, fetchedAt }).published).toBe('2025-10-03T09:00:00-04:00');
  });

  it("ignores the time element in the site header that shows today's date", () => {
    const html = page(
      '',
      `<div id="wrap"><header class="container"><div class="navtop"><span class="mod-datetime"><time datetime="2025-10-06T08:00:00+02:00">Monday, 6 October 2025</time></span>
       <a href="/">The Daily Planet</a></div></header>
       <div class="main"><h2>Senate passes funding bill</h2><div class="body"><p><span class="story-date">Oct. 2, 2025.</span> ${story[0]} ${story[1]}</p>${paragraphs.slice(2).join('')}</div></div></div>`,
    );
    expect(extractArticle({ html, fetchedAt }).published).toBe('2025-10-02');
  });

  it('turns "3 hours ago" into a date when the fetch time is known, and never guesses without it', () => {
    const html = page(
      '',
      `<article><h1>Senate passes funding bill</h1><span class="date">Published 3 hours ago</span>${paragraphs.join('')}</article>`,
    );
    expect(extractArticle({ html, fetchedAt }).published?.slice(0, 10)).toBe('2025-10-06');
    expect(extractArticle({ html, fetchedAt: '2025-10-06T01:00:00Z' }).published?.slice(0, 10)).toBe('2025-10-05');
    expect(extractArticle({ html }).published).toBeNull();
    const at = new Date(fetchedAt);
    expect(findRelativeDates('an hour ago · vor 2 Tagen · 1 week ago', at).map((d) => d.day)).toEqual([
      '2025-10-06',
      '2025-10-04',
      '2025-09-29',
    ]);
  });
});

describe('English news pages: furniture inside the story', () => {
  it('drops ad labels and "continues below" markers between paragraphs', () => {
    const labels = [
      'ADVERTISEMENT - SCROLL TO CONTINUE',
      'Story continues below advertisement',
      'Continue reading the main story',
      'Article continues below this ad',
    ];
    const html = page(
      '',
      `<article><h1>Senate passes funding bill</h1>${paragraphs
        .map((p, i) => `${p}<div class="x-${i}">${labels[i]}</div>`)
        .join('')}</article>`,
    );
    expect(extractArticle({ html }).text).toBe(story.join('\n\n'));
  });

  it('drops a newsletter sign-up box with an e-mail field, whatever its class names', () => {
    const signup = `<div class="css-1q2w3e"><h3>The Morning Briefing</h3><p>Get the stories that matter delivered to your inbox every weekday morning, free.</p>
      <form action="/subscribe"><input type="email" placeholder="Email address"><button>Sign up</button></form></div>`;
    const html = page(
      '',
      `<article><h1>Senate passes funding bill</h1>${paragraphs.slice(0, 2).join('')}${signup}${paragraphs.slice(2).join('')}</article>`,
    );
    expect(extractArticle({ html }).text).toBe(story.join('\n\n'));
  });

  it('drops "Posted by" bylines and "Published … ago" stamps from the text', () => {
    const html = page(
      '',
      `<article><h1>Senate passes funding bill</h1><div>Posted by Jane Reporter, Capitol Hill correspondent</div><div>Published 3 hours ago</div>
       <div>Last updated: 2 hours ago</div>${paragraphs.join('')}</article>`,
    );
    expect(extractArticle({ html }).text).toBe(story.join('\n\n'));
  });

  it('keeps every entry of a live blog, without their time stamps', () => {
    const entries = story.map(
      (p, i) =>
        `<div class="live-entry"><div class="entry-time">${10 + i}:0${i} a.m. ET</div><h2>Update ${i + 1} from the Senate floor</h2><p>${p}</p></div>`,
    );
    const html = page(
      '',
      `<main><h1>Live: Senate votes on funding bill</h1><div class="live-feed">${entries.join('')}</div></main>`,
    );
    const { text } = extractArticle({ html });
    for (const p of story) expect(text).toContain(p);
    expect(text).toContain('Update 4 from the Senate floor');
    expect(text).not.toMatch(/a\.m\. ET/);
  });
});

describe('AMP pages', () => {
  it('drops AMP ads, menus, share buttons and consent notices, and the caption beside an amp-img', () => {
    const html = page(
      '',
      `<amp-sidebar id="menu" layout="nodisplay"><p>World news, business news, politics, sport and the arts: every section of the paper, one tap away from here.</p></amp-sidebar>
       <amp-consent id="consent" layout="nodisplay"><div>We and our partners use cookies to personalise content and ads, and to analyse our traffic on this site.</div></amp-consent>
       <article><h1>Senate passes funding bill</h1>
       <div class="img"><amp-img src="/a.jpg" width="800" height="450" layout="responsive"></amp-img><div>Senators leave the chamber after the vote. Photo by J. Smith</div></div>
       ${paragraphs.slice(0, 2).join('')}
       <amp-ad width="300" height="250" type="doubleclick"><div fallback>Sorry, this ad could not be loaded, we apologise for any inconvenience caused.</div></amp-ad>
       ${paragraphs.slice(2).join('')}
       <amp-social-share type="twitter">Share this story on X</amp-social-share></article>`,
    );
    expect(extractArticle({ html }).text).toBe(story.join('\n\n'));
  });
});

describe('English news pages: promotions around the story', () => {
  it('drops right rails, recirculation modules and sign-up or follow prompts', () => {
    const rail = `<div class="right-rail"><div>${story[0].replace('Senate', 'Council')} ${story[1]}</div></div>`;
    const recirc = `<div class="recirc-module"><p>${story[2].replace('Lawmakers', 'Governors')}</p></div>`;
    const html = page(
      '',
      `<div class="layout"><article><h1>Senate passes funding bill</h1>${paragraphs.slice(0, 2).join('')}${recirc}
       <p><strong>Sign up for The Morning newsletter</strong> to get the day's news in your inbox.</p>
       ${paragraphs.slice(2).join('')}<p><em>Follow Jane Reporter on Twitter for more from Capitol Hill.</em></p></article>${rail}</div>`,
    );
    expect(extractArticle({ html }).text).toBe(story.join('\n\n'));
  });
});
