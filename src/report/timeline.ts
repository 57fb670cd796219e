/** The timeline of a cumulative count as inline SVG: one linked point per value held, the threshold as a line. */
import type { Fact, SourceRef } from '../reconcile/types.js';
import { html, type Markup } from './html.js';
import { sourceBlock, type Provenance } from './sources.js';

export interface Threshold {
  value: number;
  /** What must reach it ("ratification"), when the rule says. */
  instrument: string | null;
}

interface Point {
  value: number;
  date: string;
  time: number;
  sources: SourceRef[];
}

const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { left: 52, right: 28, top: 24, bottom: 40 };

/** A count as a number: 72, or the number in a bound such as ">60". */
function countOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const m = typeof value === 'string' ? /\d+(?:\.\d+)?/.exec(value) : null;
  return m ? Number(m[0]) : null;
}

/** 2025, 2025-10 and 2025-10-28 as a time, at the start of the period they name. */
function timeOf(date: string): number {
  const [y, m = '1', d = '1'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

function pointsOf(fact: Fact): Point[] {
  const held = [...fact.history, { value: fact.value, as_of: fact.as_of, sources: fact.sources }];
  const points: Point[] = [];
  for (const h of held) {
    const value = countOf(h.value);
    const date = h.as_of ?? h.sources[0]?.published?.slice(0, 10);
    const time = date ? timeOf(date) : NaN;
    if (value !== null && date && !Number.isNaN(time)) points.push({ value, date, time, sources: h.sources });
  }
  return points.sort((a, b) => a.time - b.time);
}

/** A round axis top a little above the largest value shown. */
function axisTop(max: number): number {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, max))));
  return Math.max(step, Math.ceil((max * 1.1) / step) * step);
}

/** A date under the axis, kept inside the chart at its two ends. */
function dateLabel(x: number, y: number, date: string): Markup {
  const anchor = x < MARGIN.left + 40 ? 'start' : x > WIDTH - MARGIN.right - 40 ? 'end' : 'middle';
  return html`<text x="${x.toFixed(1)}" y="${y}" text-anchor="${anchor}">${date}</text>`;
}

const plural = (instrument: string) => (instrument.endsWith('s') ? instrument : `${instrument}s`);

/** The chart and, under it, each point's sources (the points link to them). */
export function timeline(
  fact: Fact,
  threshold: Threshold | null,
  provenance: Provenance,
  id: string,
  actions?: (source: SourceRef) => Markup | undefined,
): Markup {
  const points = pointsOf(fact);
  if (!points.length) return html`<p class="muted">No dated value to draw.</p>`;
  const top = axisTop(Math.max(...points.map((p) => p.value), threshold?.value ?? 0));
  const first = points[0].time;
  const span = points[points.length - 1].time - first;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (t: number) => MARGIN.left + (span ? ((t - first) / span) * plotW : plotW / 2);
  const y = (v: number) => MARGIN.top + plotH - (v / top) * plotH;
  const fmt = (n: number) => n.toFixed(1);
  const bottom = MARGIN.top + plotH;
  const labelEvery = Math.ceil(points.length / 8);
  const series = points.map((p) => `${fmt(x(p.time))},${fmt(y(p.value))}`).join(' ');
  const ticks = [0, top / 2, top];
  const thresholdLine = threshold
    ? html`<line class="threshold" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${fmt(y(threshold.value))}"
 y2="${fmt(y(threshold.value))}" data-threshold="${threshold.value}"/>
<text class="threshold-label" x="${WIDTH - MARGIN.right}" y="${fmt(y(threshold.value) - 5)}"
 text-anchor="end">entry into force: ${threshold.value}${
   threshold.instrument ? ` ${plural(threshold.instrument)}` : ''
 }</text>`
    : '';
  return html`<svg class="timeline" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${fact.property} over time"
 data-property="${fact.property}">
<line class="axis" x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${bottom}"/>
<line class="axis" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${bottom}" y2="${bottom}"/>
${ticks.map((t) => html`<text x="${MARGIN.left - 6}" y="${fmt(y(t) + 4)}" text-anchor="end">${Math.round(t)}</text>`)}
${thresholdLine}
<polyline class="series" points="${series}"/>
${points.map(
  (p, i) => html`<a href="#${id}-p${i}" aria-label="${p.value} as of ${p.date}">
<circle class="point" cx="${fmt(x(p.time))}" cy="${fmt(y(p.value))}" r="5" data-value="${p.value}"
 data-date="${p.date}">
<title>${p.value} as of ${p.date} (${p.sources.length} source${p.sources.length === 1 ? '' : 's'})</title></circle>
<text class="label" x="${fmt(x(p.time))}" y="${fmt(y(p.value) - 10)}" text-anchor="middle">${p.value}</text></a>
${i % labelEvery === 0 || i === points.length - 1 ? dateLabel(x(p.time), bottom + 18, p.date) : ''}`,
)}
</svg>
<ol class="points">${points.map(
    (p, i) => html`<li id="${id}-p${i}"><strong>${p.value}</strong> as of ${p.date}
${p.sources.map((s) => sourceBlock(s, provenance, actions?.(s)))}</li>`,
  )}</ol>`;
}
