/** The report's own style sheet and script, inlined in every page and allowed by the pages' CSP by their hashes. */
import { createHash } from 'node:crypto';

export const STYLE = `
:root { --ink: #1d2630; --muted: #5b6773; --line: #d8dde3; --paper: #fff; --band: #f4f6f8; --accent: #1f5fa8;
  --signed: #2a9d5c; --not-signed: #d1495b; --mentioned: #9aa8b6; --unknown: #e4e7eb; --differs: #fff1b8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  background: var(--band); }
header.site { background: var(--ink); color: #fff; padding: .6rem 1.5rem; display: flex; gap: 1.5rem;
  align-items: baseline; }
header.site a { color: #fff; font-weight: 600; text-decoration: none; }
header.site .when { color: #c4ccd4; font-size: .85rem; }
main { max-width: 1120px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
section { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem;
  margin: 1rem 0; }
h1 { font-size: 1.6rem; margin: .6rem 0; } h2 { font-size: 1.2rem; margin: 0 0 .6rem; }
h3 { font-size: 1rem; margin: .8rem 0 .4rem; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--band); font-weight: 600; white-space: nowrap; }
table.sortable th { cursor: pointer; }
table.sortable th[data-dir="asc"]::after { content: " ▲"; } table.sortable th[data-dir="desc"]::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: var(--muted); }
.status { display: inline-block; padding: 0 .45rem; border-radius: 9px; font-size: .8rem; background: var(--band);
  border: 1px solid var(--line); }
.status-conflict, .status-open, .status-reopened { background: #fde2e4; border-color: #f3a6ae; }
.status-resolved { background: #e1f0ff; border-color: #9cc3ee; }
.status-evolving { background: #e6f6ec; border-color: #9bd3b0; }
.stance { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .35rem;
  vertical-align: -1px; }
.stance-signed { background: var(--signed); fill: var(--signed); }
.stance-not_signed { background: var(--not-signed); fill: var(--not-signed); }
.stance-mentioned { background: var(--mentioned); fill: var(--mentioned); }
.stance-unknown { background: var(--unknown); fill: var(--unknown); }
svg.map { width: 100%; height: auto; background: #f7fbff; border: 1px solid var(--line); }
svg.map path { stroke: #fff; stroke-width: .5; } svg.map circle { stroke: #fff; stroke-width: .8; }
svg.map .sphere { fill: #eef5fb; stroke: var(--line); }
.legend { display: flex; gap: 1rem; flex-wrap: wrap; font-size: .85rem; margin: .4rem 0; }
svg.timeline { width: 100%; max-width: 720px; height: auto; }
svg.timeline .axis { stroke: var(--muted); stroke-width: 1; }
svg.timeline .series { fill: none; stroke: var(--accent); stroke-width: 2; }
svg.timeline .point { fill: var(--accent); stroke: #fff; stroke-width: 1.5; }
svg.timeline a:hover .point, svg.timeline a:focus .point { fill: #0b3566; }
svg.timeline .threshold { stroke: var(--not-signed); stroke-width: 1.5; stroke-dasharray: 6 4; }
svg.timeline text { font-size: 12px; fill: var(--ink); } svg.timeline .label { font-weight: 600; }
svg.timeline .threshold-label { fill: var(--not-signed); }
.alternatives { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 1rem; }
.alternative { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; background: var(--paper); }
.alternative h3 { margin-top: 0; }
.alternative dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: .4rem 0; }
.alternative dt { color: var(--muted); } .alternative dd { margin: 0; }
.differs { background: var(--differs); font-weight: 600; padding: 0 .2rem; border-radius: 3px; }
blockquote { margin: .4rem 0; padding: .3rem .7rem; border-left: 3px solid var(--line); background: var(--band); }
.source { margin: .6rem 0; } .source .meta { font-size: .85rem; color: var(--muted); }
pre.command { background: #1d2630; color: #e8edf2; padding: .5rem .75rem; border-radius: 4px; overflow-x: auto;
  white-space: pre-wrap; word-break: break-all; margin: .3rem 0; }
button.copy { font-size: .8rem; }
form.decide { display: grid; gap: .5rem; max-width: 640px; } form.decide label { display: block; }
form.decide textarea, form.decide input[type=text] { width: 100%; font: inherit; padding: .3rem; }
.notice { background: #e6f6ec; border: 1px solid #9bd3b0; padding: .5rem .75rem; border-radius: 4px; }
.error { background: #fde2e4; border: 1px solid #f3a6ae; padding: .5rem .75rem; border-radius: 4px; }
`;

/** Sortable tables and copy buttons: the pages read fully without it. */
export const SCRIPT = `
(() => {
  const cellKey = (row, i) => row.cells[i] ? (row.cells[i].dataset.sort ?? row.cells[i].textContent.trim()) : '';
  for (const table of document.querySelectorAll('table.sortable')) {
    table.querySelectorAll('thead th').forEach((th, i) => th.addEventListener('click', () => {
      const dir = th.dataset.dir === 'asc' ? 'desc' : 'asc';
      table.querySelectorAll('thead th').forEach((other) => delete other.dataset.dir);
      th.dataset.dir = dir;
      const body = table.tBodies[0];
      const order = (a, b) => cellKey(a, i).localeCompare(cellKey(b, i), undefined, { numeric: true });
      const rows = [...body.rows].sort(order);
      if (dir === 'desc') rows.reverse();
      body.append(...rows);
    }));
  }
  for (const button of document.querySelectorAll('button.copy')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const text = document.getElementById(button.dataset.target).textContent;
      const done = () => { button.textContent = 'copied'; };
      const fallback = () => { button.textContent = 'select and copy'; };
      if (navigator.clipboard) navigator.clipboard.writeText(text).then(done, fallback);
      else fallback();
    });
  }
})();
`;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * No script or style runs but the report's own (matched by hash), nothing is loaded from anywhere, forms post
 * only to the page's own server: injected markup in a source's words can neither run nor call out.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  'img-src data:',
  "form-action 'self'",
  "base-uri 'none'",
].join('; ');
