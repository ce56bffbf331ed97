import { ActorResolver } from '../../../src/ingest/resolveActors';

const graph = [
  { id: 'north-korea', name: 'North Korea', aliasKeys: ['north korea', 'dprk', 'pyongyang'] },
  { id: 'kremlin', name: 'Kremlin', aliasKeys: ['kremlin'] },
];

describe('ActorResolver', () => {
  it('resolves ids first, then normalised names and aliases', () => {
    const resolver = new ActorResolver(
      [{ id: 'nato', name: 'NATO', kind: 'INTERNATIONAL_BODY', aliases: ['North Atlantic Alliance'] }],
      graph,
    );
    expect(resolver.resolve('north-korea')).toEqual({ ok: true, id: 'north-korea', via: 'id' });
    expect(resolver.resolve('nato')).toEqual({ ok: true, id: 'nato', via: 'id' });
    expect(resolver.resolve('PYONGYANG')).toEqual({ ok: true, id: 'north-korea', via: 'alias' });
    expect(resolver.resolve('The Kremlin')).toEqual({ ok: true, id: 'kremlin', via: 'alias' });
    expect(resolver.resolve('north atlantic alliance')).toEqual({ ok: true, id: 'nato', via: 'alias' });
    expect(resolver.resolve('Atlantis')).toEqual({ ok: false, reason: 'unknown' });
  });

  it('counts a bundle actor with a known id once, with the union of its aliases', () => {
    const resolver = new ActorResolver(
      [
        {
          id: 'north-korea',
          name: 'North Korea',
          kind: 'STATE',
          aliases: ['Democratic People’s Republic of Korea'],
        },
      ],
      graph,
    );
    expect(resolver.resolve('Pyongyang')).toEqual({ ok: true, id: 'north-korea', via: 'alias' });
    expect(resolver.resolve("Democratic People's Republic of Korea")).toEqual({
      ok: true,
      id: 'north-korea',
      via: 'alias',
    });
  });

  it('calls a name shared by a new actor and a known one ambiguous, listing both ids', () => {
    const resolver = new ActorResolver([{ id: 'pyongyang-city', name: 'Pyongyang', kind: 'GROUP' }], graph);
    expect(resolver.resolve('Pyongyang')).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: ['north-korea', 'pyongyang-city'],
    });
    expect(resolver.resolve('pyongyang-city')).toEqual({ ok: true, id: 'pyongyang-city', via: 'id' });
    expect(resolver.namesakes('pyongyang-city', ['pyongyang'])).toEqual(['north-korea']);
  });
});
