/**
 * Where Tessera's routes live in a server: '' when it is the whole server, or a path such as
 * '/tessera' when a host app mounts it. Paths the faces compare against (`/admin/api`, `/schema`)
 * are relative to it.
 */
export function mountPrefixOf(prefix: string | undefined): string {
  if (prefix === undefined || prefix === '' || prefix === '/') return '';
  const trimmed = prefix.replace(/\/+$/, '');
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(trimmed)) {
    throw new Error(`The prefix to mount Tessera at must be a path such as "/tessera" (got "${prefix}")`);
  }
  return trimmed;
}

/** A request URL as seen from the mount point: `/tessera/api/x?y` → `/api/x?y`. */
export function pathInMount(url: string, mountPrefix: string): string {
  if (!mountPrefix || !url.startsWith(mountPrefix)) return url;
  const rest = url.slice(mountPrefix.length);
  if (rest === '') return '/';
  return rest.startsWith('/') ? rest : rest.startsWith('?') ? `/${rest}` : url;
}
