import type { z } from 'zod';

/** One content problem, printed as `path: field: message`. */
export interface Problem {
  path: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.field}: ${p.message}`;
}

export function problemsFromZod(path: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path,
    field: issue.path.length > 0 ? issue.path.join('.') : '(file)',
    message: issue.message,
  }));
}
