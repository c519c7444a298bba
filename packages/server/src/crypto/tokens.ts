import { createHash, randomBytes } from 'node:crypto';

/**
 * Bearer tokens handed out in links (colleague invitations, board share links):
 * 256 random bits, shown once, stored only as their SHA-256 so a database dump
 * opens nothing.
 */
export const newToken = (): string => randomBytes(32).toString('base64url');
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
