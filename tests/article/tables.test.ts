/** Tests of articles that are tables (results, schedules): the table is the text. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/index.js';

const teams = [
  'Arsenal',
  'Chelsea',
  'Liverpool',
  'Everton',
  'Fulham',
  'Brighton',
  'Brentford',
  'Burnley',
  'Luton',
  'Wolves',
  'Spurs',
  'Villa',
];
const rows = teams
  .map((t, i) => `<tr><td>${t}</td><td>${i % 4}–${(i + 1) % 3}</td><td>${10 + i} March 2024</td></tr>`)
  .join('');
const aboutUs =
  'The Daily Planet is an independent newspaper covering the city and the region since 1938, owned by a reader cooperative.';

describe('articles that are tables', () => {
  it('takes a results table as the article, dates in its cells included', () => {
    const html = `<html lang="en"><head><title>Weekend results</title></head><body>
      <nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
      <div class="layout"><div class="col-main"><h1>Weekend results</h1><p>All the scores from the weekend.</p>
        <table><thead><tr><th>Team</th><th>Score</th><th>Date</th></tr></thead><tbody>${rows}</tbody></table></div>
      <div class="col-side"><div class="box"><p>${aboutUs}</p>
        <ul><li><a href="/a">Our history and our owners</a></li><li><a href="/b">Contact the newsroom</a></li><li><a href="/c">Jobs at the Daily Planet</a></li>
        <li><a href="/d">Advertise with the Daily Planet</a></li><li><a href="/e">Events for members and readers</a></li><li><a href="/f">Reprints and permissions</a></li></ul></div></div></div>
      </body></html>`;
    const { text } = extractArticle({ html });
    for (const t of teams) expect(text).toContain(t);
    expect(text).toContain('21 March 2024');
    expect(text).not.toContain('independent newspaper');
  });
});
