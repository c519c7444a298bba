import { randomUUID } from 'node:crypto';
import type { Client, ClientInput, ClientPatch } from '@alliance/api';
import { and, count, eq, inArray } from 'drizzle-orm';
import { clientKeys, clients } from '../db/schema.js';
import { clientSealers, compact, iso, isId, type PracticeScope } from './scope.js';

/** Everything that names or describes the client is sealed with her own key; only links stay in clear. */
type SealedClient = Pick<Client, 'firstName' | 'lastName' | 'email' | 'phone' | 'role' | 'remindersOff'>;

export const fullName = (c: Pick<Client, 'firstName' | 'lastName'>) => `${c.firstName} ${c.lastName}`;

export function clientRepository(scope: PracticeScope) {
  const { db, practiceId, keys } = scope;
  const views = async (rows: (typeof clients.$inferSelect)[]): Promise<Client[]> => {
    const sealerOf = await clientSealers(scope, rows.map((r) => r.id));
    return rows.map((row) => ({
      id: row.id,
      ...sealerOf(row.id).open<SealedClient>(row.sealed),
      organisationId: row.organisationId,
      createdAt: iso(row.createdAt),
      updatedAt: iso(row.updatedAt),
    }));
  };
  const mine = (id: string) => and(eq(clients.id, id), eq(clients.practiceId, practiceId));
  const sealedOf = (clientId: string, c: Partial<ClientInput>) =>
    keys.client(clientId).seal(compact({ firstName: c.firstName, lastName: c.lastName, email: c.email, phone: c.phone, role: c.role, remindersOff: c.remindersOff || undefined }));

  return {
    async list(): Promise<Client[]> {
      const rows = await db.select().from(clients).where(eq(clients.practiceId, practiceId));
      return (await views(rows)).sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr'));
    },
    async get(id: string): Promise<Client | null> {
      if (!isId(id)) return null;
      const rows = await db.select().from(clients).where(mine(id));
      return (await views(rows))[0] ?? null;
    },
    async namesOf(ids: string[]): Promise<Map<string, string>> {
      const wanted = [...new Set(ids)].filter(isId);
      if (wanted.length === 0) return new Map();
      const rows = await db.select().from(clients).where(and(eq(clients.practiceId, practiceId), inArray(clients.id, wanted)));
      return new Map((await views(rows)).map((c) => [c.id, fullName(c)]));
    },
    async count(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(clients).where(eq(clients.practiceId, practiceId));
      return row?.n ?? 0;
    },
    /** A new client gets a key of her own, in the same transaction as her record. */
    async create(input: ClientInput): Promise<Client> {
      const id = randomUUID();
      const wrappedKey = keys.newClientKey(id);
      const row = await db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(clients)
          .values({ id, practiceId, organisationId: input.organisationId ?? null, sealed: sealedOf(id, input) })
          .returning();
        await tx.insert(clientKeys).values({ clientId: id, practiceId, wrappedKey });
        return inserted!;
      });
      return (await views([row]))[0]!;
    },
    async update(id: string, patch: ClientPatch): Promise<Client | null> {
      const current = await this.get(id);
      if (!current) return null;
      const next = { ...current, ...patch };
      const [row] = await db
        .update(clients)
        .set({ sealed: sealedOf(id, next), organisationId: next.organisationId ?? null, updatedAt: new Date() })
        .where(mine(id))
        .returning();
      return row ? (await views([row]))[0]! : null;
    },
    /**
     * Erases the client: her key is destroyed with her record (and, by cascade,
     * her engagements and everything in them), so no surviving copy can be read.
     */
    async remove(id: string): Promise<boolean> {
      if (!isId(id)) return false;
      const rows = await db.delete(clients).where(mine(id)).returning({ id: clients.id });
      keys.forgetClient(id);
      return rows.length > 0;
    },
  };
}
export type ClientRepository = ReturnType<typeof clientRepository>;
