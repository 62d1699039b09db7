/**
 * Where the server mounted the app: '' at the root of its own server, or a path such as
 * '/tessera' inside a host app. The server writes it into index.html (static-web.ts); the
 * development server does not, and serves at the root.
 */
export const MOUNT_BASE: string =
  typeof document === 'undefined' ? '' : (document.querySelector<HTMLMetaElement>('meta[name="tessera-base"]')?.content ?? '').replace(/\/+$/, '');

/** A path the server answers itself (`/admin/api/…`, `/schema/…`) as a URL under the mount point. */
export function serverPath(path: string): string {
  return `${MOUNT_BASE}${path}`;
}
