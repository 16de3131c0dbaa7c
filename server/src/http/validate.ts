import type { z } from 'zod';
import { badRequest } from './errors.ts';
import { wellFormed } from './well-formed.ts';

/** Formats zod issues as "field: problem; other: problem" for the error message. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : '(root)';
      return issue.code === 'unrecognized_keys'
        ? `${where}: unknown ${issue.keys.join(', ')}`
        : `${where}: ${issue.message}`;
    })
    .join('; ');
}

/** Parses request input with a contract schema, or throws a 400 naming the bad fields. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: 'query' | 'body' | 'params',
): z.output<S> {
  const result = schema.safeParse(wellFormed(value ?? {}));
  if (!result.success) throw badRequest(`invalid ${part}: ${describeIssues(result.error)}`);
  return result.data;
}
