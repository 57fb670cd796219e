/** The live server's forms: decide a conflict, with who and why, carrying the session's anti-forgery token. */
import type { Conflict } from '../reconcile/types.js';
import { html, type Markup } from './html.js';
import type { LiveForms } from './render.js';
import { valueArgument } from './values.js';
import { letter, valueText } from './labels.js';

function whoAndWhy(forms: LiveForms): Markup {
  return html`<label>Who decides <input type="text" name="by" value="${forms.user}" required></label>
<label>Why (kept with the decision) <textarea name="note" rows="2" required></textarea></label>
<input type="hidden" name="token" value="${forms.token}">`;
}

/** Reject or accept one claim from the page, as `newsfacts reject|accept ID --note N --by B` does. */
export function reviewForm(claimId: number, action: 'reject' | 'accept', forms: LiveForms): Markup {
  return html`<form class="decide" method="post" action="/claims/${claimId}/${action}">
${whoAndWhy(forms)}<input type="hidden" name="back" value="${forms.page}">
<button type="submit">${action} claim #${claimId}</button></form>`;
}

export function resolveForm(c: Conflict, forms: LiveForms): Markup {
  return html`<section><h2>Decide</h2>
<form class="decide" method="post" action="/conflicts/${c.id}/resolve">
${c.alternatives.map(
  (a, i) => html`<label><input type="radio" name="value" value="${valueArgument(a.value)}" required>
${letter(i)}: ${valueText(a.value)}</label>`,
)}
${whoAndWhy(forms)}
<button type="submit">Record the decision</button>
</form></section>`;
}
