import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { invalid } from '../errors/domain-errors.js';

/** Which hosts a tenant admin's network data sources may reach (`dataSourcePolicy` in the config). */
export interface DataSourcePolicy {
  /**
   * Host names (`db.example.com`), wildcards (`*.corp.example`), addresses and CIDR ranges
   * (`10.1.0.0/16`). `*` means any host outside the machine itself: loopback, link-local (cloud
   * metadata services live there), unspecified and multicast addresses need to be named explicitly.
   */
  allowHosts: string[];
}

export const DEFAULT_DATA_SOURCE_POLICY: DataSourcePolicy = { allowHosts: ['*'] };

/** Connection-string parameters that only tune the session; the rest can open files (sslkey, sslrootcert) or sockets (host). */
const ALLOWED_PARAMS = new Set(['sslmode', 'application_name', 'connect_timeout']);
const SSL_MODES = new Set(['disable', 'prefer', 'require', 'no-verify', 'verify-ca', 'verify-full']);
const DEFAULT_PORT = 5432;

/** `problem` completes "The URL ...", which is also what the field error says. */
const refuse = (problem: string) => invalid(`The URL ${problem}`, [{ field: 'url', message: problem }]);

function internalAddresses(): BlockList {
  const list = new BlockList();
  list.addSubnet('127.0.0.0', 8, 'ipv4');
  list.addSubnet('0.0.0.0', 8, 'ipv4');
  list.addSubnet('169.254.0.0', 16, 'ipv4');
  list.addSubnet('224.0.0.0', 4, 'ipv4');
  list.addAddress('::1', 'ipv6');
  list.addAddress('::', 'ipv6');
  list.addSubnet('fe80::', 10, 'ipv6');
  list.addSubnet('ff00::', 8, 'ipv6');
  return list;
}

const INTERNAL = internalAddresses();
const LOOPBACK = (() => {
  const list = new BlockList();
  list.addSubnet('127.0.0.0', 8, 'ipv4');
  list.addAddress('::1', 'ipv6');
  return list;
})();

interface Target {
  url: URL;
  host: string;
  port: number;
}

/** `::ffff:127.0.0.1` is 127.0.0.1 for every rule here. */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? (mapped[1] as string) : address;
}

function family(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 6 ? 'ipv6' : 'ipv4';
}

/**
 * Parses a postgres:// URL strictly enough that what is checked is what will be connected to:
 * an explicit host (never a socket path), a numeric port, and only harmless parameters.
 */
export function parsePostgresTarget(raw: string): Target {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('must be a postgres:// URL such as postgres://user:password@db.example.com:5432/sales');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw refuse('must start with postgres://');
  const { host, port } = hostAndPort(url);
  if (!host || !/^[a-z0-9.:_-]+$/.test(host)) throw refuse('must name a host (a name or an address; sockets are not allowed)');
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw refuse('has an invalid port');
  for (const [key, value] of url.searchParams) {
    if (!ALLOWED_PARAMS.has(key)) throw refuse(`may not set "${key}": only ${[...ALLOWED_PARAMS].join(', ')} are allowed`);
    if (key === 'sslmode' && !SSL_MODES.has(value)) throw refuse(`has an unknown sslmode "${value}"`);
  }
  return { url, host, port };
}

async function addressesOf(host: string): Promise<string[]> {
  if (isIP(host)) return [plainAddress(host)];
  try {
    return (await lookup(host, { all: true, verbatim: true })).map((a) => plainAddress(a.address));
  } catch {
    throw refuse(`names host "${host}", which cannot be resolved`);
  }
}

/**
 * Decides whether a tenant's network source may connect, and pins the address it was checked
 * with, so a DNS answer that changes afterwards cannot redirect the connection elsewhere. The
 * metadata database is never reachable, whatever the allow-list says.
 */
export class NetworkSourcePolicy {
  private readonly allowed: BlockList;
  private readonly names: string[];
  private readonly anyExternal: boolean;
  private metadata: Promise<{ addresses: string[]; port: number } | undefined> | undefined;

  constructor(
    policy: DataSourcePolicy,
    private readonly metadataUrl: string | undefined,
  ) {
    this.allowed = new BlockList();
    this.names = [];
    this.anyExternal = policy.allowHosts.includes('*');
    for (const entry of policy.allowHosts.map((h) => h.trim().toLowerCase()).filter((h) => h && h !== '*')) {
      const [address, bits] = entry.split('/');
      if (address && isIP(address)) {
        if (bits === undefined) this.allowed.addAddress(plainAddress(address), family(address));
        else this.allowed.addSubnet(address, Number(bits), family(address));
      } else {
        this.names.push(entry);
      }
    }
  }

  /** The URL to connect with (host replaced by the checked address where that is safe); throws a 422. */
  async check(raw: string): Promise<string> {
    const target = parsePostgresTarget(raw);
    const addresses = await addressesOf(target.host);
    if (addresses.length === 0) throw refuse(`names host "${target.host}", which cannot be resolved`);
    const byName = this.names.some((name) => (name.startsWith('*.') ? target.host.endsWith(name.slice(1)) : target.host === name));
    for (const address of addresses) {
      const listed = byName || this.allowed.check(address, family(address));
      const internal = INTERNAL.check(address, family(address));
      if (!listed && !(this.anyExternal && !internal)) {
        throw refuse(`names host "${target.host}", which data sources on this server may not reach (see dataSourcePolicy.allowHosts)`);
      }
    }
    if (await this.reachesMetadata(addresses, target.port)) throw refuse('must not point at the server\'s own metadata database');
    return this.pinned(target, addresses[0] as string);
  }

  private pinned(target: Target, address: string): string {
    // verify-full checks the certificate against the host name, which an address would break; a
    // redirected connection would fail that check anyway.
    if (target.url.searchParams.get('sslmode') === 'verify-full' || isIP(target.host)) return target.url.toString();
    const url = new URL(target.url.toString());
    url.hostname = family(address) === 'ipv6' ? `[${address}]` : address;
    return url.toString();
  }

  private async reachesMetadata(addresses: string[], port: number): Promise<boolean> {
    const metadata = await (this.metadata ??= this.resolveMetadata());
    if (!metadata || metadata.port !== port) return false;
    return addresses.some((a) => metadata.addresses.includes(a) || (LOOPBACK.check(a, family(a)) && metadata.addresses.some((m) => LOOPBACK.check(m, family(m)))));
  }

  private async resolveMetadata(): Promise<{ addresses: string[]; port: number } | undefined> {
    if (!this.metadataUrl || !/^postgres(ql)?:\/\//.test(this.metadataUrl)) return undefined;
    try {
      // The operator's own URL may use any parameter; only its host and port matter here.
      const parsed = hostAndPort(new URL(this.metadataUrl));
      const target = { host: parsed.host || 'localhost', port: parsed.port };
      return { addresses: await addressesOf(target.host).catch(() => [target.host]), port: target.port };
    } catch {
      return undefined;
    }
  }
}

/** `[::1]` is ::1, and a URL without a port means PostgreSQL's. */
function hostAndPort(url: URL): { host: string; port: number } {
  return { host: url.hostname.replace(/^\[|\]$/g, '').toLowerCase(), port: url.port === '' ? DEFAULT_PORT : Number(url.port) };
}
