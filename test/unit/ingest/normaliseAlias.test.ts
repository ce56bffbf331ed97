import { aliasKeysOf, normaliseAlias } from '../../../src/ingest/normaliseAlias';
import { normaliseAlias as reExported } from '../../../src/ingest/resolveActors';

describe('normaliseAlias', () => {
  it.each([
    ['North Korea', 'north korea'],
    ['  NORTH   korea ', 'north korea'],
    ['the Kremlin', 'kremlin'],
    ['The Kremlin', 'kremlin'],
    ['Theodore', 'theodore'],
    ['U.S.', 'us'],
    ["South Korea's National Intelligence Service", 'south koreas national intelligence service'],
    ['South Korea’s NIS', 'south koreas nis'],
    ['Zelenskyy', 'zelenskyy'],
    ['Volodymyr Zelenskyy (President)', 'volodymyr zelenskyy president'],
    ['Kim Jong-un', 'kim jong un'],
    ['Kim Jong Un', 'kim jong un'],
    ['Defence/Intelligence', 'defence intelligence'],
    ['Škoda Ústí', 'skoda usti'],
    ['Ｐｙｏｎｇｙａｎｇ', 'pyongyang'],
    ['Kyiv — Ukraine', 'kyiv ukraine'],
    ['"DPRK"', 'dprk'],
  ])('%s → %s', (input, key) => {
    expect(normaliseAlias(input)).toBe(key);
  });

  it('is what resolveActors exports', () => {
    expect(reExported).toBe(normaliseAlias);
  });
});

describe('aliasKeysOf', () => {
  it('keys a name and its aliases once each, in first-seen order, skipping empty keys', () => {
    expect(aliasKeysOf('Kremlin', ['the Kremlin', 'Moscow', '...'])).toEqual(['kremlin', 'moscow']);
  });
});
