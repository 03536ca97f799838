import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';
import type { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

/**
 * Requests to URLs that others chose (webhooks, Web Push endpoints): the server must not be turned
 * against its own network. Addresses that are not public unicast are refused — checked when a URL is
 * registered ({@link checkPublicUrl}) and again at connect time by `request-filtering-agent`
 * ({@link OutboundHttp}), so a name that resolves elsewhere later (DNS rebinding) is refused too.
 */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // CGNAT (RFC 6598; Alibaba's metadata 100.100.100.200)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata 169.254.169.254)
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 96], // unspecified, loopback, IPv4-compatible (::127.0.0.1)
  ['64:ff9b::', 96], // NAT64 (reaches IPv4 addresses through a translator)
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (AWS metadata fd00:ec2::254)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');

/** True for an IP address a server may not be sent to by others: loopback, private, link-local, CGNAT, ULA, multicast, unspecified, metadata — IPv4-mapped IPv6 forms included. */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  // BlockList checks IPv4-mapped IPv6 (::ffff:10.0.0.1) against the IPv4 rules.
  return NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type UrlCheck = { ok: true } | { ok: false; reason: 'unresolvable' | 'not_public'; detail: string };

const LOOKUP_TIMEOUT_MS = 5000;

/**
 * Resolves the URL's host (every address, `dns.lookup` as connections do) and refuses it when any
 * address is not public. With `allowPrivateAddresses` (dev and tests only) nothing is checked.
 */
export async function checkPublicUrl(url: string, options: { allowPrivateAddresses: boolean }): Promise<UrlCheck> {
  if (options.allowPrivateAddresses) return { ok: true };
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), LOOKUP_TIMEOUT_MS)),
      );
      addresses = (await Promise.race([lookup(host, { all: true, verbatim: true }), timeout])).map((a) => a.address);
    } catch (error) {
      return {
        ok: false,
        reason: 'unresolvable',
        detail: `${host} could not be resolved (${error instanceof Error ? error.message : String(error)})`,
      };
    } finally {
      clearTimeout(timer);
    }
    if (addresses.length === 0) return { ok: false, reason: 'unresolvable', detail: `${host} has no address` };
  }
  const refused = addresses.filter(isNonPublicAddress);
  return refused.length
    ? {
        ok: false,
        reason: 'not_public',
        detail: `${host} resolves to ${refused.join(', ')}, which is not a public address`,
      }
    : { ok: true };
}

/** The agent refused the connection's address (request-filtering-agent's error, e.g. "DNS lookup 127.0.0.1(…) is not allowed. Because, It is private IP address."). */
export class OutboundAddressRefusedError extends Error {
  constructor(
    readonly url: string,
    cause: Error,
  ) {
    super(`refused to connect: ${new URL(url).hostname} resolves to an address that is not public (${cause.message})`, {
      cause,
    });
    this.name = 'OutboundAddressRefusedError';
  }
}

export interface OutboundResponse {
  status: number;
  headers: IncomingHttpHeaders;
}

/**
 * POSTs over kept-alive connections whose every address is checked when the socket connects
 * (`request-filtering-agent`: no loopback, private, link-local, CGNAT, ULA, multicast, unspecified
 * or metadata address — unless `allowPrivateAddresses`). Redirects are not followed. One instance
 * per sender (its own connection pool).
 */
export class OutboundHttp {
  // request-filtering-agent is ESM-only: loaded on first use (require(esm) in the built API), so code
  // that only imports this library — and jest configs that do not transform it — never load it.
  private agents?: Promise<{ http: RequestFilteringHttpAgent; https: RequestFilteringHttpsAgent }>;

  constructor(private readonly options: { allowPrivateAddresses: boolean; maxSockets?: number }) {}

  private agentsOnce(): Promise<{ http: RequestFilteringHttpAgent; https: RequestFilteringHttpsAgent }> {
    this.agents ??= import('request-filtering-agent').then(
      ({ RequestFilteringHttpAgent, RequestFilteringHttpsAgent }) => {
        const agentOptions = {
          keepAlive: true,
          maxSockets: this.options.maxSockets ?? 64,
          allowPrivateIPAddress: this.options.allowPrivateAddresses,
        };
        return {
          http: new RequestFilteringHttpAgent(agentOptions),
          https: new RequestFilteringHttpsAgent(agentOptions),
        };
      },
    );
    return this.agents;
  }

  /** Resolves with the status once the response has been read; rejects on a network error, a refused address ({@link OutboundAddressRefusedError}) or after `timeoutMs`. */
  async post(
    url: string,
    headers: Record<string, string | number>,
    body: Buffer | string,
    timeoutMs: number,
  ): Promise<OutboundResponse> {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    if (!secure && target.protocol !== 'http:') throw new Error(`${target.protocol} URLs are not supported`);
    const agents = await this.agentsOnce();
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(/is not allowed\. Because/.test(error.message) ? new OutboundAddressRefusedError(url, error) : error);
      };
      const req = (secure ? httpsRequest : httpRequest)(
        target,
        {
          method: 'POST',
          headers: { 'content-length': Buffer.byteLength(body), ...headers },
          agent: secure ? agents.https : agents.http,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            clearTimeout(timer);
            resolve({ status: res.statusCode ?? 0, headers: res.headers });
          });
          res.on('error', fail);
        },
      );
      // The whole exchange, not only an idle socket: a receiver that trickles bytes is cut off too.
      const timer = setTimeout(() => req.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      req.on('error', fail);
      req.end(body);
    });
  }

  async destroy(): Promise<void> {
    const agents = await this.agents;
    agents?.http.destroy();
    agents?.https.destroy();
  }
}
