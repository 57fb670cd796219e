/** The page shell every report page shares: CSP, the inlined style and script, the site header. */
import { CONTENT_SECURITY_POLICY, SCRIPT, STYLE } from './assets.js';
import { html, Markup } from './html.js';
import type { LiveForms } from './render.js';

export interface PageInput {
  title: string;
  /** Path back to the report's root from this page ('' or '../'), so the site works from file:// and served alike. */
  root: string;
  generatedAt: string;
  body: Markup;
  /** What the live server says after handling a form. */
  notice?: LiveForms['notice'];
}

export function page(p: PageInput): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${p.title} · newsfacts</title>
<style>${new Markup(STYLE)}</style>
</head>
<body>
<header class="site"><a href="${p.root}index.html">newsfacts</a>
<span class="when">facts as of ${p.generatedAt}</span></header>
<main>
${p.notice ? html`<p class="${p.notice.kind}" role="status">${p.notice.text}</p>` : ''}
${p.body}
</main>
<script>${new Markup(SCRIPT)}</script>
</body>
</html>
`.html;
}
