import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types come from schema.graphql; `npm run codegen:check` fails when they are stale.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context#RequestContext',
        enumsAsTypes: true,
        scalars: { Date: 'string', JSON: 'unknown' },
        mappers: {
          Actor: '../data/rows#ActorRow',
          State: '../data/rows#ActorRow',
          Person: '../data/rows#ActorRow',
          Organisation: '../data/rows#ActorRow',
          Agency: '../data/rows#ActorRow',
          Statement: '../data/rows#StatementRow',
          Stance: '../data/rows#StanceRow',
          Event: '../data/rows#EventRow',
          Article: '../data/rows#ArticleRow',
          StatementLink: '../data/rows#StatementLinkRow',
          ActorRelation: '../data/rows#ActorRelationRow',
          Participation: '../data/rows#ParticipationRow',
          Node: '../data/rows#NodeRow',
          GraphNode: '../data/rows#GraphNodeRow',
          // Research results carry ids; their object fields resolve through the loaders.
          StanceBreakdown: '../data/research/rows#StanceBreakdownRow',
          ActorPosition: '../data/research/rows#ActorPositionRow',
          Figure: '../data/research/rows#FigureRow',
          PositionChange: '../data/research/rows#PositionChangeRow',
          LinkChain: '../data/research/rows#LinkChainRow',
          Provenance: '../data/research/rows#ProvenanceRow',
          ProvenanceRecord: '../data/research/rows#ProvenanceRecordRow',
          FigurePoint: '../data/research/rows#FigurePointRow',
          Origin: '../data/research/rows#OriginRow',
          IndependentOrigins: '../data/research/rows#IndependentOriginsRow',
        },
        avoidOptionals: false,
        maybeValue: 'T | null',
      },
    },
  },
};

// The codegen CLI reads the default export.
export default config;
