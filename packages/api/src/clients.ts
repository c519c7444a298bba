import { z } from 'zod';
import { id, requiredName, shortText, text } from './common.js';

export const organisationInput = z
  .object({
    name: requiredName,
    contactName: shortText().optional(),
    contactEmail: z.email().max(320).optional().or(z.literal('')),
    contactPhone: shortText(40).optional(),
    notes: text(5_000).optional(),
  })
  .strict();
export const organisationPatch = organisationInput.partial().strict();
export const organisation = z.object({
  id,
  name: z.string(),
  contactName: z.string().optional(),
  contactEmail: z.string().optional(),
  contactPhone: z.string().optional(),
  notes: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrganisationInput = z.infer<typeof organisationInput>;
export type Organisation = z.infer<typeof organisation>;

export const clientInput = z
  .object({
    firstName: requiredName,
    lastName: requiredName,
    email: z.email().max(320).optional().or(z.literal('')),
    phone: shortText(40).optional(),
    organisationId: id.nullable().optional(),
    /** Her job as she describes it; seed 003 spends a paragraph on it. */
    role: text(5_000).optional(),
    /** No reminder e-mails for her (the coach's choice, or hers). */
    remindersOff: z.boolean().optional(),
  })
  .strict();
export const clientPatch = clientInput.partial().strict();
export const client = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
  organisationId: id.nullable(),
  role: z.string().optional(),
  remindersOff: z.boolean().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ClientInput = z.infer<typeof clientInput>;
export type ClientPatch = z.infer<typeof clientPatch>;
export type Client = z.infer<typeof client>;

/** A client's complete data (GDPR art. 15), as the coach downloads it and hands it over. */
export const clientExport = z.object({
  format: z.string(),
  exportedAt: z.string(),
  client,
  organisation: organisation.nullable(),
  engagements: z.array(z.record(z.string(), z.unknown())),
  accessLog: z.array(z.object({ at: z.string(), actorName: z.string().nullable(), action: z.string(), targetKind: z.string() })),
});
