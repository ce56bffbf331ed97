/**
 * Names the `$parameters` and variables of one generated statement. Names are positional
 * (`$p0`, `a1`), so the same selection shape always gives the same text and Neo4j reuses its
 * cached plan; values never enter the text.
 */
export class CypherWriter {
  readonly params: Record<string, unknown> = {};
  private nextParam = 0;
  private nextVariable = 0;

  /** A new `$parameter` holding `value`. */
  param(value: unknown): string {
    const name = `p${this.nextParam++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** A new variable name, unique in the statement (subqueries may not shadow outer names). */
  variable(prefix: string): string {
    return `${prefix}${this.nextVariable++}`;
  }
}

/** One generated statement: text plus parameters. */
export interface CompiledQuery {
  text: string;
  params: Record<string, unknown>;
}
