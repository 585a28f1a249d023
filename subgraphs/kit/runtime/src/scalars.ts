import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isoDate, parseIsoDate } from './dates.ts';
import { graphqlError } from './error-codes.ts';

function dateFromInput(value: unknown): Date {
  const date = typeof value === 'string' ? parseIsoDate(value) : null;
  if (!date) {
    throw graphqlError('BAD_USER_INPUT', `"${String(value)}" is not a real calendar date in the form YYYY-MM-DD`, {
      reason: 'impossible or malformed date',
    });
  }
  return date;
}

/** Calendar dates travel as YYYY-MM-DD and are Date objects (UTC midnight) inside resolvers. */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => {
    if (value instanceof Date) return isoDate(value);
    if (typeof value === 'string' && parseIsoDate(value)) return value;
    throw new GraphQLError(`Date cannot represent ${String(value)}`);
  },
  parseValue: dateFromInput,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw graphqlError('BAD_USER_INPUT', 'Date must be a string YYYY-MM-DD');
    return dateFromInput(ast.value);
  },
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with time zone.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new GraphQLError(`DateTime cannot represent ${String(value)}`);
  },
  parseValue: (value) => {
    const d = typeof value === 'string' ? new Date(value) : new Date(NaN);
    if (Number.isNaN(d.getTime())) throw graphqlError('BAD_USER_INPUT', `"${String(value)}" is not an ISO 8601 date-time`);
    return d;
  },
  parseLiteral: (ast) => {
    const d = ast.kind === Kind.STRING ? new Date(ast.value) : new Date(NaN);
    if (Number.isNaN(d.getTime())) throw graphqlError('BAD_USER_INPUT', 'DateTime must be an ISO 8601 string');
    return d;
  },
});
