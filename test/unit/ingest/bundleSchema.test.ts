import { readFileSync } from 'node:fs';
import { BUNDLE_SCHEMA_PATH } from '../../../src/ingest/bundleSchema';
import { bundleSchemaText } from '../../../src/ingest/writeBundleSchema';
import { repoPath } from '../../../src/paths';
import { checkBundleSchema, jsonPath } from '../../../src/ingest/bundleSchema';
import { at, loadSeedBundle } from '../../support/bundles';

describe('checkBundleSchema', () => {
  it('accepts the seed bundle', () => {
    expect(checkBundleSchema(loadSeedBundle())).toEqual([]);
  });

  it('accepts a minimal bundle', () => {
    expect(
      checkBundleSchema({
        format: 'claimgraph-bundle/1',
        article: { id: 'a', title: 'T', published: '2024-11-05' },
      }),
    ).toEqual([]);
  });

  it('names every problem by JSON path', () => {
    const bundle = loadSeedBundle();
    Object.assign(bundle, { format: 'claimgraph-bundle/3' });
    bundle.article.published = '22/10/2024';
    at(bundle.actors, 0).id = 'North Korea';
    Reflect.deleteProperty(at(bundle.actors, 1), 'name');
    Object.assign(at(bundle.actors, 2), { kind: 'COUNTRY' });
    Object.assign(at(bundle.statements, 0), { foo: 1 });
    const figured = at(bundle.statements, 2);
    Object.assign(figured, { figure: { ...figured.figure, value: '12000' } });
    Object.assign(at(bundle.stances, 0), { event: 5 });
    at(bundle.stances, 2).date = { precision: 'DAY' };
    Object.assign(at(bundle.stances, 3), { stance: 'SAID' });
    Object.assign(bundle.links, { 0: 'dprk-troops-to-russia' });
    expect(checkBundleSchema(bundle)).toEqual([
      { path: '$.format', message: 'must be one of claimgraph-bundle/2, claimgraph-bundle/1' },
      { path: '$.article.published', message: 'must be a date YYYY-MM-DD' },
      { path: '$.actors[0].id', message: 'must be a lower-case slug (letters, digits, single hyphens)' },
      { path: '$.actors[1].name', message: 'is required' },
      {
        path: '$.actors[2].kind',
        message:
          'must be one of STATE, PERSON, ORGANISATION, GROUP, INTELLIGENCE_SERVICE, MINISTRY, GOVERNMENT_OFFICE, MILITARY, NEWS_AGENCY, INTERNATIONAL_BODY',
      },
      { path: '$.statements[0].foo', message: 'is not an allowed property' },
      { path: '$.statements[2].figure.value', message: 'must be number' },
      { path: '$.stances[0].event', message: 'must be string or null' },
      { path: '$.stances[2].date', message: 'must give `date` or `text`' },
      {
        path: '$.stances[3].stance',
        message:
          'must be one of CLAIMED, CONFIRMED, DENIED, DECLINED_TO_CONFIRM, DID_NOT_DENY, DECLINED_TO_COMMENT, RETRACTED',
      },
      { path: '$.links[0]', message: 'must be object' },
    ]);
  });

  it('refuses what is not a bundle at all', () => {
    expect(checkBundleSchema(null)).toEqual([{ path: '$', message: 'must be object' }]);
    expect(checkBundleSchema([])).toEqual([{ path: '$', message: 'must be object' }]);
    expect(checkBundleSchema({})).toEqual([
      { path: '$.format', message: 'is required' },
      { path: '$.article', message: 'is required' },
    ]);
  });
});

describe('jsonPath', () => {
  it('turns JSON pointers into JSON paths', () => {
    expect(jsonPath('')).toBe('$');
    expect(jsonPath('/stances/3/actor')).toBe('$.stances[3].actor');
    expect(jsonPath('/a~1b/x y')).toBe('$["a/b"]["x y"]');
  });
});

describe('schemas/bundle.schema.json', () => {
  it('is the one generated from the typed source (npm run schema:bundle)', () => {
    const onDisk = JSON.parse(readFileSync(repoPath(BUNDLE_SCHEMA_PATH), 'utf8')) as unknown;
    expect(onDisk).toEqual(JSON.parse(bundleSchemaText()));
  });
});
