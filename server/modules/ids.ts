import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Opaque ids such as `user-7hq2k9x4mz1a`: the prefix says what kind of thing an id names. */
export function newId(prefix: 'user' | 'team' | 'rt' | 'fam' | 'dash' | 'wdg' | 'dsrc' | 'metric'): string {
  const bytes = randomBytes(12);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return `${prefix}-${out}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
