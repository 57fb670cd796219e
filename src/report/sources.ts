/** A source as the pages cite it: outlet, article title linked to the page, publication day, evidence sentence. */
import type { SourceRef } from '../reconcile/types.js';
import type { ClaimProvenance } from '../store/api.js';
import { externalLink, hostOf, html, type Markup } from './html.js';

export type Provenance = Map<number, ClaimProvenance>;

const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : 'undated');

/** The outlet's own name when the page gives one, else the host it was published on. */
export function outletOf(source: SourceRef, provenance: Provenance): string {
  const p = source.claim ? provenance.get(source.claim) : undefined;
  return p?.siteName?.trim() || hostOf(source.url ?? p?.url);
}

/** One short link per source ("atollherald.mv, 2025-10-26"), for tables. */
export function sourceLinks(sources: SourceRef[], provenance: Provenance): Markup {
  return html`${sources.map((s, i) => html`${i ? ', ' : ''}${externalLink(s.url, outletOf(s, provenance))}`)}`;
}

/** A source in full, for conflicts and timelines: what it said, where, when, and the claim id to act on. */
export function sourceBlock(source: SourceRef, provenance: Provenance, actions?: Markup): Markup {
  const p = source.claim ? provenance.get(source.claim) : undefined;
  const title = p?.title?.trim() || source.url || 'untitled article';
  return html`<div class="source">
<blockquote>${source.evidence}</blockquote>
<div class="meta">${outletOf(source, provenance)} · ${day(source.published ?? p?.published)} ·
${externalLink(source.url ?? p?.url, title)}${source.claim ? html` · claim #${source.claim}` : ''}</div>
${actions ?? ''}</div>`;
}
