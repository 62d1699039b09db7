import { lstatSync, mkdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { invalid } from '../errors/domain-errors.js';

/** Plain relative names only: no drive letters, URIs (`file:`, `md:`), escapes or hidden tricks. */
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

const refuse = (message: string, field = message) => invalid(message, [{ field: 'url', message: field }]);

/**
 * Where a tenant's file data sources live: `<data dir>/sources/<tenant>/`. A tenant admin names a
 * file relative to that folder and can reach nothing else: not the metadata store, not the
 * secrets, not another tenant's folder. Names are checked as text (no `..`, no absolute paths or
 * URIs), and the file itself is checked every time it is opened, because what is on disk can change
 * after the name was accepted: the real path (symlinks followed) must stay inside the folder, and a
 * file with more than one hard link is refused, since another name of it may sit anywhere.
 */
export class TenantSourceFiles {
  private readonly protectedFiles: Array<{ dev: number; ino: number }>;

  constructor(
    private readonly dataDir: string,
    /** Files that no source may ever open, whatever their name (the metadata store, secrets). */
    protectedPaths: readonly string[] = [],
  ) {
    this.protectedFiles = protectedPaths.flatMap((path) => {
      const stats = statOrUndefined(path);
      return stats ? [{ dev: stats.dev, ino: stats.ino }] : [];
    });
  }

  /** The tenant's folder, relative to the data dir, as admins are told about it. */
  displayFolder(tenantId: string): string {
    return ['sources', tenantId, ''].join('/');
  }

  folder(tenantId: string): string {
    return join(this.dataDir, 'sources', tenantId);
  }

  /** Creates the tenant's folder so the operator has a place to put files. */
  ensureFolder(tenantId: string): void {
    mkdirSync(this.folder(tenantId), { recursive: true, mode: 0o750 });
  }

  /** Checks a name as text; throws a 422 naming what is wrong. */
  checkName(name: string): void {
    const segments = name.split('/');
    if (name.startsWith('/') || name.includes('\\') || segments.some((s) => !SAFE_SEGMENT.test(s))) {
      const rule = 'must be a file name inside this tenant\'s sources folder, such as "shop.sqlite" or "sales/2025.duckdb" (letters, digits, "_", "-" and "." only; no "..")';
      throw refuse(`The file name ${rule}`, rule);
    }
  }

  /** The absolute path to open, after every check; throws a 422 that never shows the server's layout. */
  open(tenantId: string, name: string): string {
    this.checkName(name);
    const folder = this.folder(tenantId);
    const candidate = join(folder, ...name.split('/'));
    const where = `${this.displayFolder(tenantId)}${name}`;
    if (!lstatOrUndefined(candidate)) throw refuse(`No file "${where}" in the data dir`);
    let real: string;
    let realFolder: string;
    try {
      real = realpathSync(candidate);
      realFolder = realpathSync(folder);
    } catch {
      throw refuse(`"${where}" cannot be read`);
    }
    const inside = relative(realFolder, real);
    if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || inside.startsWith(sep)) {
      throw refuse(`"${where}" leads outside this tenant's sources folder`);
    }
    const stats = statSync(real);
    if (!stats.isFile()) throw refuse(`"${where}" is not a regular file`);
    if (stats.nlink > 1) throw refuse(`"${where}" has other hard links and cannot be used as a data source`);
    if (this.isProtected(stats)) throw refuse(`"${where}" cannot be used as a data source`);
    return real;
  }

  private isProtected(stats: Stats): boolean {
    return this.protectedFiles.some((p) => p.dev === stats.dev && p.ino === stats.ino);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
