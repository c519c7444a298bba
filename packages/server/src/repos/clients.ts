import type { Client, ClientInput, ClientPatch } from '@alliance/api';
import { and, count, eq, inArray } from 'drizzle-orm';
import { clients } from '../db/schema.js';
import { compact, iso, isId, type PracticeScope } from './scope.js';

/** Everything that names or describes the client is sealed; only links stay in clear. */
type SealedClient = Pick<Client, 'firstName' | 'lastName' | 'email' | 'phone' | 'role'>;

export const fullName = (c: Pick<Client, 'firstName' | 'lastName'>) => `${c.firstName} ${c.lastName}`;

export function clientRepository({ db, practiceId, sealer }: PracticeScope) {
  const toView = (row: typeof clients.$inferSelect): Client => ({
    id: row.id,
    ...sealer.open<SealedClient>(row.sealed),
    organisationId: row.organisationId,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  });
  const mine = (id: string) => and(eq(clients.id, id), eq(clients.practiceId, practiceId));
  const sealedOf = (c: Partial<ClientInput>) =>
    sealer.seal(compact({ firstName: c.firstName, lastName: c.lastName, email: c.email, phone: c.phone, role: c.role }));

  return {
    async list(): Promise<Client[]> {
      const rows = await db.select().from(clients).where(eq(clients.practiceId, practiceId));
      return rows.map(toView).sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr'));
    },
    async get(id: string): Promise<Client | null> {
      if (!isId(id)) return null;
      const [row] = await db.select().from(clients).where(mine(id));
      return row ? toView(row) : null;
    },
    async namesOf(ids: string[]): Promise<Map<string, string>> {
      const wanted = [...new Set(ids)].filter(isId);
      if (wanted.length === 0) return new Map();
      const rows = await db.select().from(clients).where(and(eq(clients.practiceId, practiceId), inArray(clients.id, wanted)));
      return new Map(rows.map((r) => [r.id, fullName(sealer.open<SealedClient>(r.sealed))]));
    },
    async count(): Promise<number> {
      const [row] = await db.select({ n: count() }).from(clients).where(eq(clients.practiceId, practiceId));
      return row?.n ?? 0;
    },
    async create(input: ClientInput): Promise<Client> {
      const [row] = await db
        .insert(clients)
        .values({ practiceId, organisationId: input.organisationId ?? null, sealed: sealedOf(input) })
        .returning();
      return toView(row!);
    },
    async update(id: string, patch: ClientPatch): Promise<Client | null> {
      const current = await this.get(id);
      if (!current) return null;
      const next = { ...current, ...patch };
      const [row] = await db
        .update(clients)
        .set({ sealed: sealedOf(next), organisationId: next.organisationId ?? null, updatedAt: new Date() })
        .where(mine(id))
        .returning();
      return row ? toView(row) : null;
    },
    /** Removes the client and, by cascade, her engagements and everything in them. */
    async remove(id: string): Promise<boolean> {
      if (!isId(id)) return false;
      const rows = await db.delete(clients).where(mine(id)).returning({ id: clients.id });
      return rows.length > 0;
    },
  };
}
export type ClientRepository = ReturnType<typeof clientRepository>;
