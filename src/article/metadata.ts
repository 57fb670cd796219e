/** The page's title, byline, language, site name and canonical URL from its meta tags and JSON-LD. */
import { collapseSpace } from './dom.js';
import { metaValue, type PageSignals } from './signals.js';

const ARTICLE_TYPE = /article|posting|report|news|blog|webpage|creativework/i;

/** A JSON-LD object's `@type` as text: one type, or several joined by spaces; '' when it names none. */
export function typeOf(obj: Record<string, unknown>): string {
  const t = obj['@type'];
  return Array.isArray(t) ? t.filter((x) => typeof x === 'string').join(' ') : typeof t === 'string' ? t : '';
}

/** JSON-LD objects describing the page's article, most specific first. */
export function articleEntities(s: PageSignals): Record<string, unknown>[] {
  const typed = s.jsonLd.filter((o) => ARTICLE_TYPE.test(typeOf(o)));
  return typed.sort((a, b) => rank(typeOf(a)) - rank(typeOf(b)));
}

function rank(type: string): number {
  if (/article|posting|report/i.test(type)) return 0;
  return /webpage/i.test(type) ? 2 : 1;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return collapseSpace(v) || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => !!n);
    return names.length ? [...new Set(names)].join(', ') : null;
  }
  if (v && typeof v === 'object') return nameOf((v as Record<string, unknown>).name);
  return null;
}

const TITLE_SEPARATOR = /\s+[|–—·»:-]{1,2}\s+/;

/** `<title>` without the site name that sites append or prepend. */
function cleanTitleTag(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR).filter(Boolean);
  if (parts.length < 2) return title;
  const withoutSite = parts.filter((p) => !siteName || p.toLowerCase() !== siteName.toLowerCase());
  if (withoutSite.length === 1) return withoutSite[0];
  return withoutSite.reduce((a, b) => (b.length > a.length ? b : a));
}

function stripSiteSuffix(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const parts = title.split(TITLE_SEPARATOR);
  return parts.length > 1 && parts.at(-1)!.toLowerCase() === siteName.toLowerCase()
    ? title.slice(0, title.lastIndexOf(parts.at(-1)!)).replace(/[\s|–—·»:-]+$/, '')
    : title;
}

export function siteNameOf(s: PageSignals): string | null {
  const publisher = articleEntities(s)
    .map((o) => nameOf(o.publisher))
    .find(Boolean);
  return metaValue(s, 'og:site_name', 'application-name', 'twitter:site') ?? publisher ?? null;
}

export function titleOf(s: PageSignals, siteName: string | null): string | null {
  const og = metaValue(s, 'og:title', 'twitter:title');
  if (og) return stripSiteSuffix(og, siteName);
  const headline = articleEntities(s)
    .map((o) => nameOf(o.headline))
    .find(Boolean);
  if (headline) return headline;
  const tag = s.titleTag ? collapseSpace(s.titleTag) : null;
  const h1 = s.headings.find((h) => h && (!tag || tag.includes(h)));
  return h1 ?? (tag ? cleanTitleTag(tag, siteName) : s.headings[0] || null);
}

const BY_PREFIX = /^(?:by|von|par|por|di|door)\s+/i;
const LOOKS_LIKE_URL = /^https?:\/\/|^www\./i;

export function bylineOf(s: PageSignals): string | null {
  const fromLd = articleEntities(s)
    .map((o) => nameOf(o.author))
    .find(Boolean);
  const fromMeta = [metaValue(s, 'author', 'article:author', 'byl', 'parsely-author', 'dc.creator', 'sailthru.author')]
    .filter((v): v is string => !!v && !LOOKS_LIKE_URL.test(v))
    .at(0);
  const byline = fromLd ?? fromMeta ?? s.authorTexts[0] ?? null;
  return byline ? byline.replace(BY_PREFIX, '').slice(0, 200) : null;
}

export function languageOf(s: PageSignals): string | null {
  const entityLang = articleEntities(s)
    .map((o) => (typeof o.inLanguage === 'string' ? o.inLanguage : null))
    .find(Boolean);
  const raw = s.htmlLang || metaValue(s, 'content-language', 'og:locale', 'language', 'dc.language') || entityLang;
  const m = raw ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(raw.trim()) : null;
  return m ? m[1].toLowerCase() : null;
}

/** The canonical address, resolved against the page's own URL; the given URL when the page names none. */
export function canonicalUrlOf(s: PageSignals, pageUrl: string | null): string | null {
  for (const candidate of [s.canonical, metaValue(s, 'og:url')]) {
    if (!candidate) continue;
    try {
      const u = new URL(candidate.trim(), pageUrl ?? undefined);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // relative canonical without a base URL, or garbage: try the next source
    }
  }
  return pageUrl;
}
