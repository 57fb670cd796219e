/** Tests of the per-URL error messages for failed fetches. */
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/fetch/errors.js';

const timeouts = { connectTimeoutMs: 1, headersTimeoutMs: 2, bodyTimeoutMs: 3, deadlineMs: 6 };
const url = new URL('http://news.example/a');
const errno = (code: string) => Object.assign(new Error(`getaddrinfo ${code} news.example`), { code });

// DNS failures cannot be produced against a loopback server without sending queries off the machine.
describe('describeError', () => {
  it('names a DNS failure, retrying only the temporary kind', () => {
    expect(describeError(errno('ENOTFOUND'), url, 'headers', timeouts)).toEqual({
      error: 'DNS lookup failed for news.example (ENOTFOUND)',
      retryable: false,
    });
    expect(describeError(errno('EAI_AGAIN'), url, 'headers', timeouts).retryable).toBe(true);
  });

  it('keeps the first line of an unknown error and its code', () => {
    const odd = Object.assign(new Error('something odd\nwith a stack'), { code: 'EODD' });
    expect(describeError(odd, url, 'body', timeouts).error).toBe('something odd (EODD)');
  });
});
