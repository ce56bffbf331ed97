import { createHash, timingSafeEqual } from 'node:crypto';

/** True when the Authorization header carries exactly `Bearer <token>`; constant-time compare. */
export function hasBearerToken(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!match) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(match[1]!.trim()), digest(token));
}
