/**
 * How many further relays the provenance and origin queries follow after a stance's own
 * `relayOf` (q07 and q11 write it as the literal of `range(1, 8)`, which
 * test/unit/hardening/listBounds.test.ts checks against this constant). So a relay chain holds
 * at most the speaker, the actor it relays and this many more.
 */
export const FURTHER_RELAY_HOPS = 8;

/** Most actors a relay chain holds: the speaker, the relayed actor, then the further relays. */
export const MAX_RELAY_CHAIN = FURTHER_RELAY_HOPS + 2;
