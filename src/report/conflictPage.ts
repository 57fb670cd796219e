/** A conflict's page: the competing values side by side, differing fields marked, each with its sources' words. */
import type { Conflict, SourceRef } from '../reconcile/types.js';
import { rejectCommand, resolveCommand } from './commands.js';
import { html, type Markup } from './html.js';
import { factTitle, letter, statusBadge, valueText } from './labels.js';
import { page } from './layout.js';
import type { RenderContext } from './render.js';
import { subjectPath } from './render.js';
import { resolveForm, reviewForm } from './forms.js';
import { sourceBlock } from './sources.js';
import { differingFields, fieldLabel, isFields } from './values.js';

function valueFields(value: unknown, differs: Set<string> | null): Markup {
  if (!isFields(value)) return html`<p><span class="differs">${valueText(value)}</span></p>`;
  return html`<dl>${Object.entries(value).map(
    ([k, v]) =>
      html`<dt>${fieldLabel(k)}</dt><dd>${
        differs?.has(k) ? html`<span class="differs" data-field="${k}">${valueText(v)}</span>` : valueText(v)
      }</dd>`,
  )}</dl>`;
}

/** A command in a box with a copy button (shown when the script runs); `id` is unique in the page. */
export function commandBox(command: string, id: string): Markup {
  return html`<pre class="command" id="${id}">${command}</pre>
<button class="copy" type="button" data-target="${id}" hidden>copy</button>`;
}

/** How to take one misread claim out of the count: the command, and on the live page the form. */
export function rejectActions(source: SourceRef, ctx: RenderContext): Markup | undefined {
  if (!source.claim) return undefined;
  return html`<details class="reject"><summary>reject claim #${source.claim}</summary>
${commandBox(rejectCommand(source.claim), `reject-${source.claim}`)}
${ctx.forms ? reviewForm(source.claim, 'reject', ctx.forms) : ''}</details>`;
}

export function alternativesGrid(c: Conflict, ctx: RenderContext): Markup {
  const differs = differingFields(c.alternatives.map((a) => a.value));
  const decided = c.decision ? JSON.stringify(c.decision.value) : null;
  return html`<div class="alternatives">${c.alternatives.map(
    (a, i) => html`<div class="alternative" data-alternative="${letter(i)}">
<h3>${letter(i)}: ${a.sources.length} source${a.sources.length === 1 ? '' : 's'}${
      JSON.stringify(a.value) === decided ? html` <span class="status status-resolved">decided</span>` : ''
    }</h3>
${valueFields(a.value, differs)}
${commandBox(resolveCommand(c.id, a.value), `resolve-${letter(i)}`)}
${a.sources.map((s) => sourceBlock(s, ctx.model.provenance, rejectActions(s, ctx)))}
</div>`,
  )}</div>`;
}

export function conflictPage(c: Conflict, ctx: RenderContext): string {
  const subject = ctx.model.subjects.find((s) => s.name === c.subject);
  const decision = c.decision
    ? html`<p>Decided: <strong>${valueText(c.decision.value)}</strong> by ${c.decision.by} at ${c.decision.at}:
“${c.decision.note}”</p>`
    : '';
  const body = html`<p><a href="../index.html">All subjects</a>${
    subject ? html` › <a href="../${subjectPath(subject.slug)}">${subject.name}</a>` : ''
  }</p>
<h1>Conflict #${c.id}: ${factTitle(c)} ${statusBadge(c.status)}</h1>
<section><p>${c.explanation}</p>${decision}</section>
<section><h2>The competing values</h2>${alternativesGrid(c, ctx)}</section>
${ctx.forms ? resolveForm(c, ctx.forms) : ''}`;
  const notice = ctx.forms?.notice;
  return page({ title: `Conflict #${c.id}`, root: '../', generatedAt: ctx.model.generatedAt, body, notice });
}
