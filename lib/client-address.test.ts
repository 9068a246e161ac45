import { describe, expect, it } from 'vitest';
import { PEER_HEADER, clientAddress, clientAddressFrom, normalizeAddress, parseTrustedProxies } from './client-address';

const request = (peer: string | null, forwarded?: string) => {
  const headers = new Headers();
  if (peer !== null) headers.set(PEER_HEADER, peer);
  if (forwarded !== undefined) headers.set('x-forwarded-for', forwarded);
  return headers;
};

describe('client address', () => {
  it.each([
    ['no trusted proxies: the connection, whatever the header says', '', '203.0.113.9', '1.2.3.4', '203.0.113.9'],
    ['an untrusted peer cannot speak for others', '127.0.0.1', '203.0.113.9', '1.2.3.4', '203.0.113.9'],
    ['a trusted proxy reports the client', '127.0.0.1', '127.0.0.1', '198.51.100.5', '198.51.100.5'],
    ['the right end counts: a spoofed entry before it is ignored', '127.0.0.1', '127.0.0.1', '1.2.3.4, 198.51.100.5', '198.51.100.5'],
    ['two trusted hops are skipped', '10.0.0.0/8 loopback', '::ffff:127.0.0.1', '1.2.3.4, 198.51.100.5, 10.1.2.3', '198.51.100.5'],
    ['a trusted proxy without the header: the proxy', '127.0.0.1', '127.0.0.1', undefined, '127.0.0.1'],
    ['garbage in the header stops at the last readable hop', '127.0.0.1', '127.0.0.1', 'evil, 198.51.100.5', '198.51.100.5'],
    ['all hops trusted: the leftmost', 'loopback', '127.0.0.1', '127.0.0.2', '127.0.0.2'],
    ['IPv6', '::1', '::1', '2001:db8::7', '2001:db8::7'],
  ])('%s', (_label, setting, peer, forwarded, expected) => {
    expect(clientAddressFrom(request(peer, forwarded), parseTrustedProxies(setting))).toBe(expected);
  });

  it('is one shared address when the peer is not stamped', () => {
    expect(clientAddressFrom(request(null, '1.2.3.4'), parseTrustedProxies(''))).toBe('unknown');
    expect(clientAddress(request('203.0.113.9', '1.2.3.4'), false, undefined)).toBe('unknown');
    expect(clientAddress(request('203.0.113.9', '1.2.3.4'), true, undefined)).toBe('203.0.113.9');
  });

  it('refuses a TRUSTED_PROXIES entry it cannot read', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies('proxy.internal')).toThrow(/TRUSTED_PROXIES/);
  });

  it('normalizes addresses', () => {
    expect(normalizeAddress('::FFFF:10.0.0.1')).toBe('10.0.0.1');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('10.0.0.1:8080')).toBe('10.0.0.1');
    expect(normalizeAddress('<script>')).toBeNull();
  });
});
