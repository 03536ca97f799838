/**
 * Whether a push endpoint is at one of the push services this server sends to: `hosts` holds host
 * names (exact) and `*.suffix` entries (any host under the suffix, not the suffix itself).
 */
export function isAllowedPushEndpoint(endpoint: string, hosts: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(endpoint).hostname.toLowerCase();
  } catch {
    return false;
  }
  return hosts.some((entry) =>
    entry.startsWith('*.') ? host.endsWith(entry.slice(1)) && host.length > entry.length - 1 : host === entry,
  );
}
