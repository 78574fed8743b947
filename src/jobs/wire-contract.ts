import { z } from 'zod';

/**
 * True only when A and B are the same type, optional fields included (a plain `extends` both ways would accept a
 * field that one of them lacks, when it is optional). Next to a queue's zod schema it ties the schema to the domain
 * type it carries: a field added to the type and not to the schema (which zod would strip silently) stops the build.
 */
export type SameShape<A, B> = (<T>() => T extends Simplify<A> ? 1 : 2) extends <T>() => T extends Simplify<B> ? 1 : 2 ? true : false;

// compares what the types hold, not how they were written (an interface and a zod-inferred object type)
type Simplify<T> = T extends Date ? T : T extends (infer E)[] ? Simplify<E>[] : T extends object ? { [K in keyof T]: Simplify<T[K]> } : T;

/**
 * Parses a job's payload with its strict schema; a payload whose only fault is fields this version does not know was
 * written by a newer version (a rolling deploy: new gateway, old worker) and is read without them, rather than failed
 * for good: an optional field lost beats a buyer's message lost. `dropped` names them (never their values), for a log.
 */
export function parseAcrossVersions<S extends z.ZodType>(schema: S, payload: unknown): { success: true; data: z.infer<S>; dropped: string[] } | { success: false; error: z.ZodError } {
  const strict = schema.safeParse(payload);
  if (strict.success) return { success: true, data: strict.data, dropped: [] };
  const unknownOnly = strict.error.issues.every((issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0);
  if (!unknownOnly || !(schema instanceof z.ZodObject)) return { success: false, error: strict.error };
  const lenient = schema.strip().safeParse(payload);
  if (!lenient.success) return { success: false, error: strict.error };
  const dropped = strict.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : []));
  return { success: true, data: lenient.data as z.infer<S>, dropped };
}
