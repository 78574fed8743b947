/**
 * True only when A and B are the same type, optional fields included (a plain `extends` both ways would accept a
 * field that one of them lacks, when it is optional). Next to a queue's zod schema it ties the schema to the domain
 * type it carries: a field added to the type and not to the schema (which zod would strip silently) stops the build.
 */
export type SameShape<A, B> = (<T>() => T extends Simplify<A> ? 1 : 2) extends <T>() => T extends Simplify<B> ? 1 : 2 ? true : false;

// compares what the types hold, not how they were written (an interface and a zod-inferred object type)
type Simplify<T> = T extends Date ? T : T extends (infer E)[] ? Simplify<E>[] : T extends object ? { [K in keyof T]: Simplify<T[K]> } : T;
