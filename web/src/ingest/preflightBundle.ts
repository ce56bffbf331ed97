import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import bundleSchema from '../../../schemas/bundle.schema.json';

export interface Problem {
  path: string;
  message: string;
}

export interface Preflight {
  problems: Problem[];
  /** Items per section of the bundle, when it parsed. */
  counts: Record<string, number>;
  bundle?: unknown;
}

const SECTIONS = ['actors', 'relations', 'events', 'statements', 'stances', 'links'] as const;

let validate: ReturnType<Ajv2020['compile']> | undefined;

/**
 * The dry run available in the browser until the service's own (`ingestBundle(dryRun: true)`)
 * lands: the text must parse, and the bundle must match schemas/bundle.schema.json (the same
 * file the service validates with). References between items, and created/updated counts,
 * only the service can check.
 */
export function preflightBundle(text: string): Preflight {
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch (error) {
    return {
      problems: [{ path: '$', message: `is not valid JSON: ${(error as Error).message}` }],
      counts: {},
    };
  }
  validate ??= new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true }).compile(bundleSchema);
  const problems = validate(bundle)
    ? []
    : dedupe((validate.errors ?? []).filter((e) => !/\/anyOf\/\d+\//.test(e.schemaPath)).map(toProblem));
  const counts: Record<string, number> = {};
  if (bundle && typeof bundle === 'object') {
    for (const s of SECTIONS) {
      const v = (bundle as Record<string, unknown>)[s];
      if (Array.isArray(v)) counts[s] = v.length;
    }
  }
  return { problems, counts, bundle };
}

function toProblem(error: ErrorObject): Problem {
  const base = jsonPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required')
    return { path: child(base, String(params.missingProperty)), message: 'is required' };
  if (error.keyword === 'additionalProperties') {
    return { path: child(base, String(params.additionalProperty)), message: 'is not an allowed property' };
  }
  return { path: base, message: error.message ?? 'is not valid' };
}

/** `/stances/3/actor` -> `$.stances[3].actor`, the form the service's errors use. */
function jsonPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : child(path, part)), '$');
}

const child = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path} ${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
