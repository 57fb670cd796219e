/** Tests of date parsing and of which evidence gives a page its publication date. */
import { describe, expect, it } from 'vitest';
import { findDates, parseDateValue } from '../../src/article/dates.js';
import { extractArticle } from '../../src/article/index.js';

const days = (text: string): string[] => findDates(text).map((d) => d.day);

describe('date parsing', () => {
  it('reads written dates in English, German, French and numeric forms', () => {
    expect(days('Published October 16, 2019')).toEqual(['2019-10-16']);
    expect(days('Veröffentlicht am 16. Oktober 2019')).toEqual(['2019-10-16']);
    expect(days('Stand: 16.10.2019, 14:05 Uhr')).toEqual(['2019-10-16']);
    expect(days('le 9 décembre 2019')).toEqual(['2019-12-09']);
    expect(days('28.09.19 12:44')).toEqual(['2019-09-28']);
    expect(days('15 августа 2016, 13:43')).toEqual(['2016-08-15']);
    expect(days('2019/10/16 and 10/16/2019 and 31/12/2019')).toEqual(['2019-10-16', '2019-10-16', '2019-12-31']);
  });

  it('reads a month name of any length, such as the ten letters of "septiembre"', () => {
    expect(days('Madrid, 15 de septiembre de 2024')).toEqual(['2024-09-15']);
    expect(days('Thursday evening 12 2024')).toEqual([]);
  });

  it('rejects impossible dates and things that only look like dates', () => {
    expect(days('February 30, 2020')).toEqual([]);
    expect(days('version 1.2.3.45, Resolution 75/282, 24/7')).toEqual([]);
  });

  it('keeps the time and zone a date-time gives, in ISO form', () => {
    expect(parseDateValue('2025-10-26T09:00:00+05:00')?.dateTime).toBe('2025-10-26T09:00:00+05:00');
    expect(parseDateValue('2025-10-26T09:00:00.000Z')?.dateTime).toBe('2025-10-26T09:00:00Z');
    expect(parseDateValue('Sat, 19 Oct 2019 00:04:00 +0200')?.dateTime).toBe('2019-10-19T00:04:00+02:00');
    expect(parseDateValue('October 28, 2025 at 8:00 pm UTC')?.dateTime).toBe('2025-10-28T20:00:00Z');
    expect(parseDateValue('20191016')?.day).toBe('2019-10-16');
    expect(parseDateValue('2025-10-26 09:00')?.dateTime).toBeNull();
  });

  it('reads dates before 1990 only from machine-readable values, never the Unix epoch of an empty timestamp', () => {
    expect(parseDateValue('1967-02-15T00:00:00Z')?.day).toBe('1967-02-15');
    expect(parseDateValue('19820430')?.day).toBe('1982-04-30');
    expect(parseDateValue('1970-01-01T00:00:00Z')).toBeNull();
    expect(days('Founded on 12 March 1954, the society published a report on 3 May 2021')).toEqual(['2021-05-03']);
  });
});

const body = `<p>${'The committee met for hours and the debate went on late into the night, with many speakers. '.repeat(3)}</p>`;
const page = (head: string, inBody = ''): string =>
  `<html><head>${head}</head><body><article>${inBody}${body}</article></body></html>`;

describe('publication date of a page', () => {
  it('prefers the publication date over the last modification', () => {
    const a = extractArticle({
      html: page(
        '<meta property="article:modified_time" content="2024-05-02T10:00:00Z"><meta property="article:published_time" content="2024-05-01T10:00:00+02:00">',
      ),
    });
    expect(a.published).toBe('2024-05-01T10:00:00+02:00');
    expect(a.modified).toBe('2024-05-02T10:00:00Z');
  });

  it("keeps an archived article's own date from before 1990, so its relative dates resolve", () => {
    const html = page('', '<time datetime="1967-02-15">15 February 1967</time>');
    expect(extractArticle({ html }).published).toBe('1967-02-15');
  });

  it('never gives a date after the fetch', () => {
    const html = page(
      '<meta property="article:published_time" content="2031-01-01T00:00:00Z">',
      '<time datetime="2024-02-03">3 Feb</time>',
    );
    expect(extractArticle({ html, fetchedAt: '2025-01-01T00:00:00Z' }).published).toBe('2024-02-03');
  });

  it('falls back to a visible dateline, skipping the "updated" one', () => {
    const a = extractArticle({
      html: page('', '<div class="meta">Aktualisiert am 18.10.2019 · Erschienen am 16. Oktober 2019</div>'),
      fetchedAt: '2020-01-01T00:00:00Z',
    });
    expect(a.published).toBe('2019-10-16');
  });

  it('trusts the date in the article URL over a conflicting declared date', () => {
    const a = extractArticle({
      html: page('<meta name="date" content="2021-06-01">'),
      url: 'https://example.org/2019/10/22/some-story/',
      fetchedAt: '2022-01-01T00:00:00Z',
    });
    expect(a.published?.slice(0, 10)).toBe('2019-10-22');
  });

  it('gives the local day of a UTC time when the page writes the same instant with its offset', () => {
    const ld = { '@type': 'NewsArticle', datePublished: '2019-10-18T22:04:00Z' };
    const a = extractArticle({
      html: page(
        `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">`,
      ),
    });
    expect(a.published).toBe('2019-10-19T00:04:00+02:00');
  });

  it('is null when the page carries no date at all', () => {
    expect(extractArticle({ html: page('') }).published).toBeNull();
  });
});

describe('publication date: which evidence wins', () => {
  const limit = { fetchedAt: '2024-01-01T00:00:00Z' };

  it('reads month names and day-first dates in article URLs', () => {
    const at = (url: string): string | null | undefined => extractArticle({ html: page(''), url, ...limit }).published;
    expect(at('https://news.example/world/2020/oct/02/halls-too-full')).toBe('2020-10-02');
    expect(at('https://ngo.example/meldungen/29-10-2021')).toBe('2021-10-29');
  });

  it('prefers the dateline beside the article to a generic "date" meta', () => {
    const html = page(
      '<meta name="date" content="2021-12-20T11:02:44+01:00">',
      '<div class="news-date">27.01.2022</div>',
    );
    expect(extractArticle({ html, ...limit }).published).toBe('2022-01-27');
  });

  it('takes the date named as the publication over other dates near the body', () => {
    const html = page(
      '',
      '<p class="info">Letzte Änderung: 31.10.2023</p><p class="info">Erschienen am: 01.11.2023</p>',
    );
    expect(extractArticle({ html, fetchedAt: '2024-01-01T00:00:00Z' }).published).toBe('2023-11-01');
  });

  it('skips dates of list items (comments, events) beside the article', () => {
    const comments = ['12.04.2020', '11.04.2020', '09.04.2020']
      .map((d) => `<div class="comment-item"><span class="when">${d} 17:02</span></div>`)
      .join('');
    const html = page(
      '<script type="application/ld+json">{"@type": "Recipe", "datePublished": "2006-10-10"}</script>',
      '',
    );
    expect(extractArticle({ html: html.replace('</article>', `</article>${comments}`), ...limit }).published).toBe(
      '2006-10-10',
    );
    const undated = page('').replace('<article>', `<section>${comments}</section><article>`);
    expect(
      extractArticle({ html: undated.replace('</article>', '</article><p>3 March 2019</p>'), ...limit }).published,
    ).toBe('2019-03-03');
  });

  it('takes the dateline inside the month a permalink names over dates of other texts', () => {
    const html = page('', '<p>Feb 16, 2013</p><div>2. August 2012</div>');
    const url = 'https://blog.example/2012/08/some-post/';
    expect(extractArticle({ html, url, ...limit }).published).toBe('2012-08-02');
  });

  it('takes a line that is little more than a date over a sentence that mentions one', () => {
    const html = page(
      '',
      '<p>Satellite image of the glacier taken on 31.05.2021, left, and the snow map, right.</p><div>14.01.2022 um 09:25</div>',
    );
    expect(extractArticle({ html, ...limit }).published).toBe('2022-01-14');
  });

  it('lets the visible dateline decide when JSON-LD and meta disagree, and trusts JSON-LD otherwise', () => {
    const head =
      '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-01-04T07:29:00Z"}</script>' +
      '<meta property="article:published_time" content="2022-01-06T08:29:34+01:00">';
    expect(extractArticle({ html: page(head, '<div class="date">06.01.2022</div>'), ...limit }).published).toBe(
      '2022-01-06T08:29:34+01:00',
    );
    expect(extractArticle({ html: page(head), ...limit }).published).toBe('2022-01-04T07:29:00Z');
  });

  it('takes a generic "date" meta the page also shows over a date in the site header', () => {
    const html = page(
      '<meta name="date" content="2017-05-01T17:05:00+0200">',
      '<p>Kulturfragen: Wir dekorieren die Liegestühle um 01.05.2017</p>',
    ).replace('<body>', '<body><div class="today-date">Mittwoch, 26.02.2020</div>');
    expect(extractArticle({ html, fetchedAt: '2020-02-26T12:00:00Z' }).published?.slice(0, 10)).toBe('2017-05-01');
  });

  it('keeps a UTC noon on its own day: no zone reaches the day before', () => {
    const html = page(
      '<meta property="article:published_time" content="2023-11-06T12:00:00+00:00">',
      '<div class="meta">05.11.2023</div>',
    );
    expect(extractArticle({ html, ...limit }).published).toBe('2023-11-06T12:00:00+00:00');
  });

  it('keeps the UTC day of a late-evening time when the URL names that day, whatever later date shows nearby', () => {
    const html = page(
      '<meta property="article:published_time" content="2021-03-14T22:30:00+00:00"><link rel="canonical" href="https://blog.example/2021/03/14/night-walk/">',
      '<div class="meta">15.03.2021</div>',
    );
    expect(extractArticle({ html, ...limit }).published).toBe('2021-03-14T22:30:00+00:00');
  });

  it('dates a page that shows nothing but its last change by that change', () => {
    const wiki = (line: string): string => `<html><body><main>${body}<p class="info">${line}</p></main></body></html>`;
    expect(extractArticle({ html: wiki('This page was last edited on 2019-11-10 at 13:28'), ...limit }).published).toBe(
      '2019-11-10',
    );
    expect(extractArticle({ html: wiki('Zuletzt geändert am 3. Mai 2021'), ...limit }).published).toBe('2021-05-03');
    // a date named as something else entirely (an expiry) still dates nothing
    expect(extractArticle({ html: wiki('Offer valid until 2019-12-31'), ...limit }).published).toBeNull();
  });

  it('dates a page by the last change it shows when its metadata keeps a first publication the reader never sees', () => {
    const head =
      '<meta property="article:published_time" content="2020-01-03T09:00:00+01:00">' +
      '<meta property="article:modified_time" content="2020-01-06T11:30:00+01:00">';
    const shownAs = (line: string): string | null =>
      extractArticle({ html: page(head, `<div class="byline">${line}</div>`), ...limit }).published;
    expect(shownAs('By the desk · Updated Jan. 6, 2020')).toBe('2020-01-06T11:30:00+01:00');
    expect(shownAs('Von der Redaktion, 6. Januar 2020 – 11:30 Uhr')).toBe('2020-01-06T11:30:00+01:00');
    expect(shownAs('Mis à jour le 6 janvier 2020')).toBe('2020-01-06T11:30:00+01:00');
    // the first publication shown too, or no date shown at all: the publication stands
    expect(shownAs('Published 3 January 2020, updated 6 January 2020')).toBe('2020-01-03T09:00:00+01:00');
    expect(shownAs('By the desk')).toBe('2020-01-03T09:00:00+01:00');
  });

  it('sees the last change shown in a date-marked element far from the body', () => {
    const head =
      '<meta property="article:published_time" content="2020-01-03T09:00:00+01:00">' +
      '<meta property="article:modified_time" content="2020-01-06T11:30:00+01:00">';
    const menu = '<ul>' + '<li><a href="/s">Section</a></li>'.repeat(50) + '</ul>';
    const html = page(head).replace('<body>', `<body><div class="date">Monday, 6 January 2020</div>${menu}`);
    expect(extractArticle({ html, ...limit }).published).toBe('2020-01-06T11:30:00+01:00');
  });

  it('reads a label in its own element as naming the date in the next one', () => {
    const head = '<meta name="date" content="2021-10-15">';
    const labelled = (update: string, publication: string): string | null =>
      extractArticle({
        html: page(head, `<h4>${update}</h4><ul><li>15.10.2021</li></ul><h4>${publication}</h4><p>13.10.2021</p>`),
        ...limit,
      }).published?.slice(0, 10) ?? null;
    expect(labelled('Zuletzt geändert am:', 'Erschienen am:')).toBe('2021-10-13');
    expect(labelled('Last updated:', 'Published:')).toBe('2021-10-13');
    expect(labelled('Mis à jour le :', 'Publié le :')).toBe('2021-10-13');
    // a label that names nothing about the date leaves the shown date confirming the metadata
    expect(labelled('Kontakt:', 'Ort:')).toBe('2021-10-15');
  });

  it('reads no dateline from a post embedded from a social network', () => {
    const withQuote = (cls: string): string | null =>
      extractArticle({
        html: page(
          '<meta name="date" content="2020-02-03">',
          `<blockquote class="${cls}"><p>Loving the new release!</p>— A. Reader (@areader) May 16, 2018</blockquote>`,
        ),
        ...limit,
      }).published;
    expect(withQuote('twitter-tweet')).toBe('2020-02-03');
    expect(withQuote('instagram-media')).toBe('2020-02-03');
    expect(withQuote('tiktok-embed')).toBe('2020-02-03');
    // a quotation of the article's own, not an embedded post, still shows a date the reader sees
    expect(withQuote('pullquote')).toBe('2018-05-16');
  });
});
