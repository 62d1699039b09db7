import { sql, type Kysely } from 'kysely';

/**
 * Runs `work` inside a savepoint of the current transaction: if it throws, only its own writes
 * are undone and the transaction goes on (PostgreSQL would otherwise refuse every later
 * statement of a transaction with a failed one).
 */
export async function withinSavepoint<T>(trx: Kysely<unknown>, name: string, work: () => Promise<T>): Promise<T> {
  const id = sql.id(name);
  await sql`savepoint ${id}`.execute(trx);
  try {
    const result = await work();
    await sql`release savepoint ${id}`.execute(trx);
    return result;
  } catch (error) {
    await sql`rollback to savepoint ${id}`.execute(trx);
    await sql`release savepoint ${id}`.execute(trx);
    throw error;
  }
}
