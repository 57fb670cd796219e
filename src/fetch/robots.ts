/** Fetches and caches robots.txt, and answers what it allows. */
import { createRequire } from 'node:module';
import { isBlockedMessage } from './address.js';

interface ParsedRobots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// robots-parser is CommonJS whose typings claim an ES default export; require() gets the function either way.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => ParsedRobots;

/** What robots.txt lets our user agent do on one origin. */
export interface RobotsRules {
  allows(url: string): boolean;
  /** Crawl-delay in milliseconds, when the file sets one for us. */
  crawlDelayMs: number | null;
  /** Why the rules are what they are, for the log ("robots.txt HTTP 404: allow all"). */
  basis: string;
  /** The per-URL error when `allows` says no: the rule, or why the whole site is off limits this run. */
  refusal: string;
  /** True when a refusal is the site's own rule (a skip by policy), false when its rules could not be read. */
  fromRules: boolean;
}

/** What fetching /robots.txt gave: a status and text, or a failure. */
export type RobotsAnswer = { status: number; text: string } | { error: string };

const allowAll = (basis: string): RobotsRules => ({
  allows: () => true,
  crawlDelayMs: null,
  basis,
  refusal: '',
  fromRules: false,
});
const disallowAll = (reason: string): RobotsRules => ({
  allows: () => false,
  crawlDelayMs: null,
  basis: `${reason}: disallow all`,
  refusal: `not fetched: ${reason}, so the site's rules are unknown`,
  fromRules: false,
});

/**
 * Rules from a robots.txt answer, following RFC 9309: a 4xx means there are no rules (allow all); a 5xx or an
 * unreachable server means the site cannot say what it allows, so we fetch nothing there for this run
 * (complete disallow). The fetch of robots.txt already retried, so a flaky server gets the same chances as a page.
 * A host we refuse to reach keeps the refusal as its error: the robots.txt detour says nothing useful there.
 */
export function robotsRules(robotsUrl: string, answer: RobotsAnswer, userAgent: string): RobotsRules {
  if ('error' in answer && isBlockedMessage(answer.error))
    return { ...disallowAll(answer.error), refusal: answer.error };
  if ('error' in answer) return disallowAll(`robots.txt unreachable (${answer.error})`);
  if (answer.status >= 500) return disallowAll(`robots.txt answered HTTP ${answer.status}`);
  if (answer.status >= 400) return allowAll(`robots.txt HTTP ${answer.status}: allow all`);
  const parsed = robotsParser(robotsUrl, answer.text);
  const delay = parsed.getCrawlDelay(userAgent);
  return {
    allows: (url) => parsed.isAllowed(url, userAgent) !== false,
    crawlDelayMs: typeof delay === 'number' && delay > 0 ? delay * 1000 : null,
    basis: 'robots.txt rules',
    refusal: 'disallowed by robots.txt',
    fromRules: true,
  };
}

/** One robots.txt per origin per run, fetched once even when many pages of the origin ask at the same moment. */
export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<RobotsRules>>();

  constructor(
    private readonly load: (robotsUrl: string) => Promise<RobotsAnswer>,
    private readonly userAgent: string,
    private readonly onRules: (origin: string, rules: RobotsRules) => void,
  ) {}

  rulesFor(url: URL): Promise<RobotsRules> {
    let rules = this.byOrigin.get(url.origin);
    if (!rules) {
      const robotsUrl = `${url.origin}/robots.txt`;
      rules = this.load(robotsUrl).then((answer) => {
        const parsed = robotsRules(robotsUrl, answer, this.userAgent);
        this.onRules(url.origin, parsed);
        return parsed;
      });
      this.byOrigin.set(url.origin, rules);
    }
    return rules;
  }
}
