/** Tests of URL canonicalization. */
import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../../src/fetch/url.js';

describe('canonicalizeUrl', () => {
  it('lowercases scheme and host, drops the default port and the fragment, keeps path case', () => {
    expect(canonicalizeUrl('HTTPS://News.Example.COM:443/World/Story.html#comments')).toBe(
      'https://news.example.com/World/Story.html',
    );
    expect(canonicalizeUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('drops tracking parameters and sorts the rest', () => {
    expect(canonicalizeUrl('https://example.com/a?utm_source=x&b=2&fbclid=abc&a=1&gclid=z&UTM_Medium=m')).toBe(
      'https://example.com/a?a=1&b=2',
    );
    expect(canonicalizeUrl('https://example.com/a?utm_campaign=x')).toBe('https://example.com/a');
  });

  it('gives one spelling for the same page reached two ways', () => {
    expect(canonicalizeUrl('https://example.com/p?id=7&page=2#top')).toBe(
      canonicalizeUrl('https://EXAMPLE.com/p?page=2&id=7&utm_source=rss'),
    );
  });

  it('leaves what is not an absolute URL alone, and file URLs without fragment', () => {
    expect(canonicalizeUrl('not a url')).toBe('not a url');
    expect(canonicalizeUrl('file:///tmp/a.html#x')).toBe('file:///tmp/a.html');
  });
});
