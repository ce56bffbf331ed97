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
          Actor: '../data/compile/compiledRow#CompiledRow',
          State: '../data/compile/compiledRow#CompiledRow',
          Person: '../data/compile/compiledRow#CompiledRow',
          Organisation: '../data/compile/compiledRow#CompiledRow',
          Agency: '../data/compile/compiledRow#CompiledRow',
          Statement: '../data/compile/compiledRow#CompiledRow',
          Stance: '../data/compile/compiledRow#CompiledRow',
          Event: '../data/compile/compiledRow#CompiledRow',
          Article: '../data/compile/compiledRow#CompiledRow',
          StatementLink: '../data/compile/compiledRow#CompiledRow',
          ActorRelation: '../data/compile/compiledRow#CompiledRow',
          Participation: '../data/compile/compiledRow#CompiledRow',
          Node: '../data/compile/compiledRow#CompiledRow',
          GraphNode: '../data/rows#GraphNodeRow',
          // Research results carry ids; their object fields are compiled from their selection.
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
