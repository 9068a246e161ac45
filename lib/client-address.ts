import { BlockList, isIP } from 'node:net';

// Who is asking, for the sign-in limits. A request header is something any client can write, so
// X-Forwarded-For counts only as far as the proxies the operator trusts have written it:
// - the server stamps the connection's own address on every request (PEER_HEADER, set in
//   lib/peer-address.ts, always overwriting what the client sent);
// - when that address is one of TRUSTED_PROXIES, X-Forwarded-For is read from its right end,
//   skipping trusted proxies, and the first address no trusted proxy stands for is the client;
// - otherwise the connection's address is the client, whatever the headers say.

export const PEER_HEADER = 'x-zebian-peer';

/** IPv4-mapped IPv6 (`::ffff:10.0.0.1`) as plain IPv4; anything that is no address as null. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  let value = (raw ?? '').trim();
  if (value.startsWith('[') && value.includes(']')) value = value.slice(1, value.indexOf(']'));
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * Reads TRUSTED_PROXIES: addresses and CIDR ranges separated by commas or spaces
 * (`127.0.0.1, 10.0.0.0/8, ::1`), or `loopback` for 127.0.0.0/8 and ::1. Throws on an entry it
 * cannot read, so a typo fails at start rather than trusting nobody (or everybody) silently.
 */
export function parseTrustedProxies(setting: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (setting ?? '').split(/[\s,]+/).filter(Boolean)) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [base, bits] = entry.split('/');
    const address = normalizeAddress(base);
    const family = address && isIP(address) === 6 ? 'ipv6' : 'ipv4';
    const prefix = bits === undefined ? undefined : Number(bits);
    if (!address || (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= (family === 'ipv6' ? 128 : 32)))) {
      throw new Error(`TRUSTED_PROXIES: cannot read "${entry}" (use addresses or CIDR ranges such as 10.0.0.0/8, or "loopback")`);
    }
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, prefix, family);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** The client's address: the connection's peer, or what trusted proxies in front of it report. */
export function clientAddressFrom(headers: Headers, trusted: BlockList): string {
  const peer = normalizeAddress(headers.get(PEER_HEADER));
  if (!peer) return 'unknown';
  if (!isTrusted(trusted, peer)) return peer;
  const chain = (headers.get('x-forwarded-for') ?? '').split(',');
  let client = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(chain[i]);
    // A hop a trusted proxy wrote that is no address: stop at the last address we could trust.
    if (!hop) break;
    client = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return client;
}

let configured: { setting: string | undefined; list: BlockList } | undefined;

/**
 * clientAddressFrom with the TRUSTED_PROXIES setting (lib/env.ts); 'unknown' (one shared address)
 * when this process does not stamp the peer header and so cannot tell who connected.
 */
export function clientAddress(headers: Headers, stamped: boolean, setting: string | undefined): string {
  if (!stamped) return 'unknown';
  if (!configured || configured.setting !== setting) configured = { setting, list: parseTrustedProxies(setting) };
  return clientAddressFrom(headers, configured.list);
}
