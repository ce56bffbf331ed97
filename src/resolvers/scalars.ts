import { GraphQLScalarType, Kind } from 'graphql';
import { parseIsoDate } from '../data/dates';

/** ISO calendar date; invalid input is refused with BAD_USER_INPUT naming the value. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) => String(value),
  parseValue: (value) => parseIsoDate(String(value), 'Date'),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string like "2024-10-22"');
    return parseIsoDate(ast.value, 'Date');
  },
});

/** Arbitrary JSON; ingestion validates it against the bundle JSON Schema. */
export const JsonScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: function literal(ast): unknown {
    switch (ast.kind) {
      case Kind.STRING:
      case Kind.BOOLEAN:
        return ast.value;
      case Kind.INT:
      case Kind.FLOAT:
        return Number(ast.value);
      case Kind.NULL:
        return null;
      case Kind.LIST:
        return ast.values.map((v) => literal(v));
      case Kind.OBJECT:
        return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
      default:
        throw new TypeError('JSON literals may not contain variables; pass the bundle as a variable');
    }
  },
});
