import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import type { BundleProblem } from '../errors';
import { bundleJsonSchema, type Bundle } from './bundleFormat';

/** Where the generated bundle JSON Schema lives, relative to the repository root. */
export const BUNDLE_SCHEMA_PATH = 'schemas/bundle.schema.json';

let validator: ValidateFunction<Bundle> | undefined;

/** The compiled JSON Schema (from the typed source, src/ingest/bundleFormat.ts), built once. */
function bundleValidator(): ValidateFunction<Bundle> {
  if (!validator) {
    const schema = bundleJsonSchema();
    validator = new Ajv2020({
      allErrors: true,
      strict: true,
      strictRequired: false,
      allowUnionTypes: true,
      verbose: true,
    }).compile<Bundle>(schema);
  }
  return validator;
}

/** Checks a bundle against the bundle JSON Schema; every problem is named by JSON path. */
export function checkBundleSchema(bundle: unknown): BundleProblem[] {
  const checked = parseBundle(bundle);
  return checked.ok ? [] : checked.problems;
}

/** The bundle, typed, when it passes the JSON Schema; otherwise every problem by JSON path. */
export function parseBundle(
  bundle: unknown,
): { ok: true; bundle: Bundle } | { ok: false; problems: BundleProblem[] } {
  const validate = bundleValidator();
  if (validate(bundle)) return { ok: true, bundle };
  return { ok: false, problems: toProblems(validate.errors ?? []) };
}

/**
 * Turns ajv errors into `{path: '$.stances[3].actor', message}`. A missing or extra property
 * is named by its own path. Errors inside an `anyOf` branch are summed up by the `anyOf` error.
 */
export function toProblems(errors: readonly ErrorObject[]): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (/\/anyOf\/\d+\//.test(error.schemaPath)) continue;
    const problem = toProblem(error);
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function toProblem(error: ErrorObject): BundleProblem {
  const base = jsonPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: childPath(base, String(params.missingProperty)), message: 'is required' };
    case 'additionalProperties':
      return {
        path: childPath(base, String(params.additionalProperty)),
        message: 'is not an allowed property',
      };
    case 'enum':
      return { path: base, message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'const':
      return { path: base, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'anyOf':
      return { path: base, message: anyOfMessage(error.schema) };
    case 'pattern':
      return { path: base, message: patternMessage(String(params.pattern)) };
    case 'type':
      return { path: base, message: `must be ${String(params.type).replace(/,/g, ' or ')}` };
    default:
      return { path: base, message: error.message ?? error.keyword };
  }
}

/** For `anyOf: [{required: [a]}, {required: [b]}]`: "must give `a` or `b`". */
function anyOfMessage(branches: unknown): string {
  const names = Array.isArray(branches)
    ? branches.flatMap((b) => ((b as { required?: string[] }).required ?? []).map((n) => `\`${n}\``))
    : [];
  return names.length > 0 ? `must give ${names.join(' or ')}` : 'matches none of the allowed forms';
}

function patternMessage(pattern: string): string {
  if (pattern.startsWith('^[a-z0-9]+')) return 'must be a lower-case slug (letters, digits, single hyphens)';
  if (pattern.startsWith('^[0-9]{4}')) return 'must be a date YYYY-MM-DD';
  return `must match ${pattern}`;
}

/** `/stances/3/actor` → `$.stances[3].actor`. */
export function jsonPath(pointer: string): string {
  let path = '$';
  if (!pointer) return path;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path = /^\d+$/.test(segment) ? `${path}[${segment}]` : childPath(path, segment);
  }
  return path;
}

/** Appends a property to a JSON path, bracketed when it is not a plain identifier. */
export function childPath(path: string, property: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(property)
    ? `${path}.${property}`
    : `${path}[${JSON.stringify(property)}]`;
}
