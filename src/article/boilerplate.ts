/** Which elements are never article text (scripts, menus, footers) or are named as page furniture. */
import type { Element } from 'domhandler';
import { attr } from './dom.js';

/** Elements never part of an article's text. */
const DROPPED_TAGS = new Set([
  'title',
  'meta',
  'link',
  'base',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'button',
  'input',
  'select',
  'option',
  'textarea',
  'label',
  'nav',
  'aside',
  'footer',
  'figcaption',
  'dialog',
  'menu',
  // ruby annotations: the reading printed above East Asian characters, not part of the sentence
  'rt',
  'rp',
  // AMP pages: media, ads, menus, share buttons and consent notices in their own elements
  'amp-img',
  'amp-anim',
  'amp-video',
  'amp-youtube',
  'amp-iframe',
  'amp-twitter',
  'amp-instagram',
  'amp-facebook',
  'amp-ad',
  'amp-embed',
  'amp-sticky-ad',
  'amp-sidebar',
  'amp-social-share',
  'amp-consent',
  'amp-user-notification',
  'amp-analytics',
  'amp-geo',
  'amp-list',
]);

// Class/id words common across CMSs for page furniture. Matched as whole segments of class and id
// names split on spaces, '-' and '_' (so "cookie-consent__text" and "post_share" match, "shared" does not).
const ALWAYS_FURNITURE = new RegExp(
  '^(?:comments?|respond|disqus|cookies?|consent|gdpr|share|sharing|sharebar|shariff|' +
    'social|socials|socialmedia|related|relatedposts|newsletter|subscribe|subscription|sidebar|' +
    'breadcrumbs?|footer|navbar|navigation|nav|advert|advertisement|adverts|sponsor|sponsored|promo|promotion|' +
    'recommended|recommendations|outbrain|taboola|disclaimer|captions?|caption[a-z]*|tweet|twitter|instagram|' +
    'tiktok|facebook|embed|popup|modal|overlay|newsticker|ticker|weather|login|signup|donate|' +
    'mostread|mostpopular|trending|jump|skip|toolbar|pagination|pager|tags|tagcloud|rating|poll|' +
    // rails and recirculation modules of news templates: "right-rail", "recirc-module", "read-more"
    'rail|recirc|recirculation|readmore|morestories)$',
);
// Stems that mean furniture even inside a longer name ("commentlist", "sharebar"). Not "widget":
// page builders such as Elementor wrap every paragraph of the article in a "widget".
const FURNITURE_STEM =
  /sidebar|comment(?!ary)|cookie|newsletter|breadcrumb|advert|sponsor|footer|social|sharing|sharebar|related|outbrain|taboola|disqus|promo/;
// Weaker hints: dropped unless the same names also say "article", "content" and the like. Fact and
// info boxes sit inside articles but hold background the story itself does not tell.
const MAYBE_FURNITURE =
  /^(?:meta|byline|author|authors|bio|paywall|menu|banner|ad|ads|popular|teaser|header|masthead|topbar|more|also|info|hidden|sr|visually|print)$|(?:fact|info|text)box$/;
// Regions that hold other people's text or the site's own notices, never the article: consent banners,
// comment threads and reader forums, sign-up and share boxes, pop-ups.
const NEVER_ARTICLE =
  /^(?:cookies?|consent|gdpr|comments?|commentlist|respond|replies|disqus|forum|newsletter|subscribe|signup|login|popup|modal|share|sharing|sharebar|shariff|paywall)$|cookie|comment(?!ary)|disqus|forum|newsletter/;
// An author box names its owner first ("post-author", "entry-bio") and is furniture all the same.
const ABOUT_THE_AUTHOR = /^(?:author|authors|bio|byline)$/;
const MODIFIER = /^(?:with|has|no|non|not|without|show|hide|enable|enabled|is)$/;
const CONTENT_WORD = /^(?:article|articles|content|entry|story|main|body|text|post|blog|artikel|beitrag)$/;
const FURNITURE_ROLES = /^(?:navigation|complementary|contentinfo|banner|menu|menubar|dialog|alert|search)$/;

function segments(el: Element): string[] {
  const names = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
  if (!names.trim()) return [];
  return names
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

/** True when class or id names say the region is a banner, comment thread or sign-up box, and nothing says "article". */
export function neverArticle(el: Element): boolean {
  const segs = segments(el);
  // "entry share": a theme's style hook on the article's own wrapper
  if (segs.some((s) => CONTENT_WORD.test(s))) return false;
  return segs.some((s, i) => NEVER_ARTICLE.test(s) && !(i > 0 && MODIFIER.test(segs[i - 1])));
}

const POST_WORD = /^(?:article|entry|post|story|blog|artikel|beitrag)$/;
const BODY_WORD = /^(?:content|body|text)$/;

/**
 * True for the element a CMS marks as the post's own body: `itemprop="articleBody"`, or class names
 * such as "entry-content", "post-body", "article-text" (a post word and a body word together).
 */
export function namedAsPostBody(el: Element): boolean {
  if (attr(el, 'itemprop') === 'articleBody') return true;
  const segs = segments(el);
  return segs.some((s) => POST_WORD.test(s)) && segs.some((s) => BODY_WORD.test(s));
}

const SIDE_COLUMN_NAME = /^(?:sidebar|aside|widget|widgets|rail)$/;

/** True for an `<aside>` or an element named as the page's side column or one of its widgets. */
export function namedAsSideColumn(el: Element): boolean {
  return el.name === 'aside' || segments(el).some((s) => SIDE_COLUMN_NAME.test(s));
}

const SOCIAL_EMBED_NAME = /^(?:tweet|twitter|instagram|tiktok|embed)$/;

/** True for a quoted post embedded from a social network (`<blockquote class="twitter-tweet">`): it has its own date. */
export function namedAsEmbeddedPost(el: Element): boolean {
  return el.name === 'blockquote' && segments(el).some((s) => SOCIAL_EMBED_NAME.test(s));
}

const HEADER_NAME = /^(?:header|masthead|topbar)$/;

/** True for a `<header>` or an element named as a header, masthead or top bar, unless named for the article too. */
export function namedAsHeader(el: Element): boolean {
  const segs = segments(el);
  if (segs.some((s) => CONTENT_WORD.test(s))) return false;
  return el.name === 'header' || segs.some((s) => HEADER_NAME.test(s));
}

/** The last part of each class and id name ("post-author" → "author"). */
function headNouns(el: Element): string[] {
  const names = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
  return names.map((n) => n.split(/[_-]+/).filter(Boolean).at(-1) ?? '');
}

/** True for elements whose whole subtree is page furniture by tag, role or visibility. */
export function isDropped(el: Element): boolean {
  if (DROPPED_TAGS.has(el.name)) return true;
  if ('hidden' in el.attribs || attr(el, 'aria-hidden') === 'true') return true;
  const role = attr(el, 'role');
  if (role && FURNITURE_ROLES.test(role)) return true;
  const style = attr(el, 'style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * True when class or id names say "furniture" (comments, share bar, related list, cookie banner…).
 * Soft: the body chooser still lets such an element be the article container itself, since some
 * sites put words like "sidebar" on the page wrapper.
 */
export function looksLikeFurniture(el: Element): boolean {
  if (el.name === 'body' || el.name === 'html' || el.name === 'main' || el.name === 'article') return false;
  if (attr(el, 'itemprop') === 'articleBody') return false;
  const segs = segments(el);
  if (!segs.length) return false;
  let maybe = false;
  let content = false;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    // "with-sidebar", "has-comments", "no-ads": modifiers describing a layout, not furniture itself
    if (i > 0 && MODIFIER.test(segs[i - 1])) continue;
    if (ALWAYS_FURNITURE.test(s) || FURNITURE_STEM.test(s)) return true;
    if (MAYBE_FURNITURE.test(s)) maybe = true;
    else if (CONTENT_WORD.test(s)) content = true;
  }
  // "post-author", "entry-bio": the last part names what the element is, the first only whose it is
  if (maybe && content) return headNouns(el).some((s) => ABOUT_THE_AUTHOR.test(s));
  return maybe && !content;
}
