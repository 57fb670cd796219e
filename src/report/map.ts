/** The world map of a subject's country stances, drawn as inline SVG at report time from Natural Earth shapes. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha2OfNumeric, countryName, numericCode } from './countries.js';
import { html, type Markup } from './html.js';

const WIDTH = 960;
const HEIGHT = 500;
const require = createRequire(import.meta.url);

interface Shape {
  code: string | null;
  name: string;
  d: string;
}

interface Atlas {
  shapes: Shape[];
  sphere: string;
  /** Countries too small for the coarse shapes (Maldives, Malta…), placed by their centroid in the finer atlas. */
  dotFor(code: string): [number, number] | null;
}

function loadCountries(file: string) {
  const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
  return feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>).features;
}

const projection = geoEqualEarth().fitExtent(
  [
    [6, 6],
    [WIDTH - 6, HEIGHT - 6],
  ],
  { type: 'Sphere' },
);
const path = geoPath(projection).digits(1);

/** Projected once per process: every subject's map colours the same paths. */
let atlas: Atlas | null = null;

function loadAtlas(): Atlas {
  const shapes = loadCountries('countries-110m.json').map((f) => ({
    code: f.id === undefined ? null : alpha2OfNumeric(String(f.id)),
    name: f.properties?.name ?? '',
    d: path(f) ?? '',
  }));
  let fine: Map<string, GeoPermissibleObjects> | null = null;
  const dots = new Map<string, [number, number] | null>();
  return {
    shapes,
    sphere: path({ type: 'Sphere' }) ?? '',
    dotFor(code) {
      if (!dots.has(code)) {
        fine ??= new Map(loadCountries('countries-50m.json').map((f) => [String(f.id), f]));
        const numeric = numericCode(code);
        const shape = numeric ? fine.get(numeric) : undefined;
        dots.set(code, shape ? (projection(geoCentroid(shape)) ?? null) : null);
      }
      return dots.get(code) ?? null;
    },
  };
}

export type Stance = 'signed' | 'not_signed' | 'mentioned';

const STANCE_WORDS: Record<Stance | 'unknown', string> = {
  signed: 'signed',
  not_signed: 'not signed',
  mentioned: 'mentioned',
  unknown: 'no information',
};

export const stanceWords = (stance: string): string => STANCE_WORDS[stance as Stance] ?? stance;

export function stanceLegend(): Markup {
  return html`<div class="legend">${Object.entries(STANCE_WORDS).map(
    ([stance, words]) => html`<span><span class="stance stance-${stance}"></span>${words}</span>`,
  )}</div>`;
}

/** The map for the stances given by country code; countries without one stay grey. */
export function worldMap(stances: Map<string, string>): Markup {
  atlas ??= loadAtlas();
  const drawn = new Set<string>();
  const shapes = atlas.shapes.map((s) => {
    const stance = (s.code && stances.get(s.code)) || 'unknown';
    if (s.code) drawn.add(s.code);
    const name = s.code ? countryName(s.code) : s.name;
    return html`<path class="stance-${stance}" d="${s.d}" data-code="${s.code ?? ''}" data-stance="${stance}">
<title>${name}: ${stanceWords(stance)}</title></path>`;
  });
  const dots = [...stances].flatMap(([code, stance]) => {
    const at = drawn.has(code) ? null : atlas!.dotFor(code);
    if (!at) return [];
    return [
      html`<circle class="stance-${stance}" cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="4" data-code="${code}"
 data-stance="${stance}"><title>${countryName(code)}: ${stanceWords(stance)}</title></circle>`,
    ];
  });
  return html`<svg class="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="World map of country stances">
<path class="sphere" d="${atlas.sphere}"/>
${shapes}
${dots}
</svg>
${stanceLegend()}`;
}
