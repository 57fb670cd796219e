/** The report's front page: every subject with its key facts and open conflicts. */
import type { Fact } from '../reconcile/types.js';
import { html } from './html.js';
import { factTitle, propertyLabel, statusBadge, valueText } from './labels.js';
import { page } from './layout.js';
import { conflictPath, subjectPath, type RenderContext } from './render.js';

const OPEN = new Set(['open', 'reopened']);

/** Treaty-wide facts worth a column beside the counts, when some subject has them. */
const MILESTONES = ['adoption_date', 'entry_into_force_rule'];

export function indexPage(ctx: RenderContext): string {
  const { model } = ctx;
  const current = (facts: Fact[], property: string) => facts.find((f) => f.property === property && !f.key);
  const open = model.subjects.flatMap((s) => s.conflicts.filter((c) => OPEN.has(c.status)));
  const held = (p: string) => model.subjects.some((s) => current(s.facts, p));
  const columns = [...model.cumulative, ...MILESTONES].filter(held);
  const body = html`<h1>Subjects</h1>
<section><table class="sortable subjects"><thead><tr><th>subject</th>${columns.map(
    (p) => html`<th>${propertyLabel(p)}</th>`,
  )}<th>facts</th><th>open conflicts</th></tr></thead>
<tbody>${model.subjects.map((s) => {
    const openHere = s.conflicts.filter((c) => OPEN.has(c.status)).length;
    return html`<tr><td><a href="${subjectPath(s.slug)}">${s.name}</a></td>${columns.map((p) => {
      const f = current(s.facts, p);
      const value = f ? html`${valueText(f.value)} <span class="muted">(${f.as_of ?? 'undated'})</span>` : '';
      return html`<td${model.cumulative.includes(p) ? html` class="num"` : ''}>${value}</td>`;
    })}<td class="num">${s.facts.length}</td><td class="num">${openHere}</td></tr>`;
  })}</tbody></table></section>
<section><h2>Open conflicts</h2>${
    open.length
      ? html`<ul>${open.map(
          (c) => html`<li><a href="${conflictPath(c.id)}">#${c.id} ${c.subject}: ${factTitle(c)}</a>
${statusBadge(c.status)}</li>`,
        )}</ul>`
      : html`<p class="muted">None: every disagreement has been decided.</p>`
  }</section>`;
  const notice = ctx.forms?.notice;
  return page({ title: 'Subjects', root: '', generatedAt: model.generatedAt, body, notice });
}
