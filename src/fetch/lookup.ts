/** A DNS lookup that refuses addresses the fetcher must not reach. */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { blockedMessage, forbiddenAddressKind } from './address.js';

/** Raised at connect time when a name resolves to an address the fetcher must not reach. */
export class BlockedAddressError extends Error {
  readonly code = 'ERR_BLOCKED_ADDRESS';
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A drop-in for dns.lookup, given to the socket connect call: the check runs on the addresses the socket will
 * actually use, so a name that resolves (or re-resolves, DNS rebinding) to a private address is refused.
 * Every address is checked, not only the first, because the socket may fall back to any of them.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    for (const { address } of addresses) {
      const kind = forbiddenAddressKind(address);
      if (kind) return callback(new BlockedAddressError(blockedMessage(hostname, address, kind)), []);
    }
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}
