/** A subject's page: timelines of its counts, the map and table of countries, every fact, conflicts and decisions. */
import type { Fact } from '../reconcile/types.js';
import type { StoredClaim } from '../store/api.js';
import { acceptCommand, rejectCommand } from './commands.js';
import { commandBox, rejectActions } from './conflictPage.js';
import { reviewForm } from './forms.js';
import { countryName } from './countries.js';
import { externalLink, hostOf, html, type Markup } from './html.js';
import { factTitle, keyLabel, propertyLabel, statusBadge, valueText } from './labels.js';
import { page } from './layout.js';
import { stanceWords, worldMap } from './map.js';
import type { SubjectView } from './model.js';
import { conflictPath, type RenderContext } from './render.js';
import { sourceBlock, sourceLinks } from './sources.js';
import { timeline, type Threshold } from './timeline.js';
import { isFields } from './values.js';

export const COUNTRY_STATUS = 'country_status';
const ENTRY_INTO_FORCE_RULE = 'entry_into_force_rule';

function thresholdOf(facts: Fact[]): Threshold | null {
  const rule = facts.find((f) => f.property === ENTRY_INTO_FORCE_RULE)?.value;
  if (!isFields(rule) || typeof rule.threshold !== 'number') return null;
  return { value: rule.threshold, instrument: typeof rule.instrument === 'string' ? rule.instrument : null };
}

function timelines(s: SubjectView, ctx: RenderContext): Markup {
  const counts = s.facts.filter((f) => ctx.model.cumulative.includes(f.property) && !f.key);
  if (!counts.length) return html``;
  const threshold = thresholdOf(s.facts);
  return html`<section><h2>Counts over time</h2>${counts.map(
    (f) => html`<h3>${propertyLabel(f.property)} ${statusBadge(f.status)}</h3>
${timeline(f, threshold, ctx.model.provenance, `tl-${f.property}`, (source) => rejectActions(source, ctx))}
${outliers(f, ctx)}`,
  )}</section>`;
}

/** Reports far off a count's series, set aside without freezing it: each to reject or accept. */
function outliers(f: Fact, ctx: RenderContext): Markup {
  if (!f.outliers?.length) return html``;
  return html`<h4>Set aside for review</h4><ul class="outliers">${f.outliers.map(
    (o) => html`<li><strong>${valueText(o.value)}</strong> (${o.as_of ?? 'undated'}): ${o.reason}
${o.sources.map((s) => sourceBlock(s, ctx.model.provenance, s.claim ? reviewActions(s.claim, ctx) : undefined))}</li>`,
  )}</ul>`;
}

/** An outlier's claim: accept it to let it count, or reject it for good. */
function reviewActions(claim: number, ctx: RenderContext): Markup {
  return html`${commandBox(acceptCommand(claim), `accept-${claim}`)}
${commandBox(rejectCommand(claim), `reject-${claim}`)}
${ctx.forms ? html`${reviewForm(claim, 'accept', ctx.forms)}${reviewForm(claim, 'reject', ctx.forms)}` : ''}`;
}

function countries(s: SubjectView, ctx: RenderContext): Markup {
  const rows = s.facts
    .filter((f) => f.property === COUNTRY_STATUS && f.key)
    .sort((a, b) => countryName(a.key!).localeCompare(countryName(b.key!)));
  if (!rows.length) return html``;
  const stances = new Map(rows.map((f) => [f.key!, String(f.value)]));
  return html`<section><h2>Countries</h2>
${worldMap(stances)}
<table class="sortable countries"><thead><tr><th>country</th><th>code</th><th>stance</th><th>date of act</th>
<th>status</th><th>sources</th></tr></thead><tbody>${rows.map(
    (f) => html`<tr data-code="${f.key}"><td>${countryName(f.key!)}</td><td>${f.key}</td>
<td data-sort="${String(f.value)}"><span class="stance stance-${String(f.value)}"></span>
${stanceWords(String(f.value))}</td><td>${f.as_of ?? ''}</td><td>${statusBadge(f.status)}</td>
<td>${sourceLinks(f.sources, ctx.model.provenance)}</td></tr>`,
  )}</tbody></table></section>`;
}

function factRow(f: Fact, ctx: RenderContext): Markup {
  const id = f.conflict;
  const conflict = typeof id === 'number' ? html` <a href="../${conflictPath(id)}">conflict #${id}</a>` : '';
  return html`<tr><td>${propertyLabel(f.property)}</td><td>${keyLabel(f)}</td><td>${valueText(f.value)}</td>
<td>${f.as_of ?? ''}</td><td>${statusBadge(f.status)}${conflict}</td><td>${f.explanation}</td>
<td>${sourceLinks(f.sources, ctx.model.provenance)}</td></tr>`;
}

function allFacts(s: SubjectView, ctx: RenderContext): Markup {
  return html`<section><h2>Every fact</h2>
<table class="sortable facts"><thead><tr><th>property</th><th>country</th><th>value</th><th>as of</th><th>status</th>
<th>explanation</th><th>sources</th></tr></thead>
<tbody>${s.facts.map((f) => factRow(f, ctx))}</tbody></table></section>`;
}

function conflicts(s: SubjectView): Markup {
  if (!s.conflicts.length) return html``;
  return html`<section><h2>Conflicts</h2><ul>${s.conflicts.map(
    (c) => html`<li><a href="../${conflictPath(c.id)}">#${c.id} ${factTitle(c)}</a> ${statusBadge(c.status)}</li>`,
  )}</ul></section>`;
}

function history(s: SubjectView, ctx: RenderContext): Markup {
  const changed = s.facts.filter((f) => f.history.length);
  return html`<section><h2>History and decisions</h2>
<h3>Values held before the current one</h3>
${
  changed.length
    ? html`<ul>${changed.map(
        (f) =>
          html`<li>${factTitle(f)}: ${[...f.history, f].map(
            (h, i) => html`${i ? ' → ' : ''}${valueText(h.value)} (${h.as_of ?? 'undated'})`,
          )}</li>`,
      )}</ul>`
    : html`<p class="muted">No fact has changed value.</p>`
}
<h3>Analyst decisions</h3>
${
  s.decisions.length
    ? html`<table class="decisions"><thead><tr><th>when</th><th>who</th><th>conflict</th><th>value</th><th>why</th>
</tr></thead>
<tbody>${s.decisions.map(
        (d) => html`<tr><td>${d.at}</td><td>${d.by}</td><td><a href="../${conflictPath(d.conflictId)}">#${d.conflictId}
${factTitle(d)}</a></td><td>${valueText(d.value)}</td><td>${d.note}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="muted">No decision recorded.</p>`
}
<h3>Rejected and accepted claims</h3>
${reviewedClaims(s, ctx)}</section>`;
}

/** The other review of a claim: accept a rejected one, or reject one that was accepted. */
function undoReview(c: StoredClaim, ctx: RenderContext): Markup {
  const undo = c.review?.action === 'reject' ? 'accept' : 'reject';
  const command = undo === 'accept' ? acceptCommand(c.id) : rejectCommand(c.id);
  return html`${commandBox(command, `review-${c.id}`)}${ctx.forms ? reviewForm(c.id, undo, ctx.forms) : ''}`;
}

function reviewedClaims(s: SubjectView, ctx: RenderContext): Markup {
  if (!s.reviewed.length) return html`<p class="muted">No claim rejected or accepted.</p>`;
  return html`<table class="reviewed"><thead><tr><th>claim</th><th>fact</th><th>value</th><th>evidence</th>
<th>review</th><th>undo</th></tr></thead><tbody>${s.reviewed.map(
    (c) => html`<tr data-claim="${c.id}"><td>#${c.id}</td><td>${factTitle(c)}</td><td>${valueText(c.value)}</td>
<td>“${c.evidence}” (${externalLink(c.url, hostOf(c.url))})</td>
<td>${c.status === 'rejected' ? 'rejected' : c.review?.action === 'accept' ? 'accepted' : c.status}
by ${c.review?.by} at
${c.review?.at}: ${c.review?.note}</td><td>${undoReview(c, ctx)}</td></tr>`,
  )}</tbody></table>`;
}

export function subjectPage(s: SubjectView, ctx: RenderContext): string {
  const body = html`<p><a href="../index.html">All subjects</a></p>
<h1>${s.name}</h1>
${timelines(s, ctx)}
${countries(s, ctx)}
${conflicts(s)}
${allFacts(s, ctx)}
${history(s, ctx)}`;
  const notice = ctx.forms?.notice;
  return page({ title: s.name, root: '../', generatedAt: ctx.model.generatedAt, body, notice });
}
