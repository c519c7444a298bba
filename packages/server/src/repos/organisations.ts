import type { Organisation, OrganisationInput } from '@alliance/api';
import { and, eq, inArray } from 'drizzle-orm';
import { organisations } from '../db/schema.js';
import { compact, iso, isId, type PracticeScope } from './scope.js';

type SealedOrganisation = Omit<Organisation, 'id' | 'createdAt' | 'updatedAt'>;

export function organisationRepository({ db, practiceId, keys }: PracticeScope) {
  const sealer = keys.practice;
  const toView = (row: typeof organisations.$inferSelect): Organisation => ({
    id: row.id,
    ...sealer.open<SealedOrganisation>(row.sealed),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  });
  const mine = (id: string) => and(eq(organisations.id, id), eq(organisations.practiceId, practiceId));

  return {
    async list(): Promise<Organisation[]> {
      const rows = await db.select().from(organisations).where(eq(organisations.practiceId, practiceId));
      return rows.map(toView).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },
    async get(id: string): Promise<Organisation | null> {
      if (!isId(id)) return null;
      const [row] = await db.select().from(organisations).where(mine(id));
      return row ? toView(row) : null;
    },
    /** Names by id, for the views that mention a sponsor or an employer. */
    async namesOf(ids: string[]): Promise<Map<string, string>> {
      const wanted = [...new Set(ids)].filter(isId);
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select()
        .from(organisations)
        .where(and(eq(organisations.practiceId, practiceId), inArray(organisations.id, wanted)));
      return new Map(rows.map((r) => [r.id, sealer.open<SealedOrganisation>(r.sealed).name]));
    },
    async create(input: OrganisationInput): Promise<Organisation> {
      const [row] = await db.insert(organisations).values({ practiceId, sealed: sealer.seal(compact(input)) }).returning();
      return toView(row!);
    },
    async update(id: string, patch: Partial<OrganisationInput>): Promise<Organisation | null> {
      const current = await this.get(id);
      if (!current) return null;
      const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = current;
      const next = compact({ ...fields, ...patch });
      const [row] = await db.update(organisations).set({ sealed: sealer.seal(next), updatedAt: new Date() }).where(mine(id)).returning();
      return row ? toView(row) : null;
    },
  };
}
export type OrganisationRepository = ReturnType<typeof organisationRepository>;
