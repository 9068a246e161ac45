import http from 'node:http';
import { PEER_HEADER } from './client-address';

const installed = Symbol.for('zebian.peer-address-stamp');
type Flagged = typeof globalThis & { [installed]?: boolean };

/**
 * Next hands pages and route handlers the request's headers but not its connection, and keeps
 * a client's own X-Forwarded-For. So every incoming request gets the connection's address in
 * PEER_HEADER, overwriting whatever the client sent under that name. Called once per server
 * process from instrumentation.ts, before requests are served.
 */
export function installPeerAddressStamp(): void {
  const flagged = globalThis as Flagged;
  if (flagged[installed]) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function stampPeer(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? '';
    }
    return emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>);
  } as typeof emit;
  flagged[installed] = true;
}

/** Whether PEER_HEADER can be believed in this process. */
export function peerAddressStamped(): boolean {
  return (globalThis as Flagged)[installed] === true;
}
