import argon2 from 'argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes): a hash costs ~30 ms here, slow for guessing, fine for logins.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verified against when the account does not exist, so timing does not reveal which emails are registered. */
let decoyHash: Promise<string> | undefined;
export async function burnVerification(password: string): Promise<void> {
  decoyHash ??= hashPassword('decoy-password-for-missing-accounts');
  await verifyPassword(await decoyHash, password);
}
