import { createHash, timingSafeEqual } from 'node:crypto';

/** True when the Authorization header carries exactly `Bearer <token>`; constant-time compare. */
export function hasBearerToken(header: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1];
  if (presented === undefined) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(presented.trim()), digest(token));
}
