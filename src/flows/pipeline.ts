import type { FlowContext } from './context';

/** Middleware in the telegraf/grammY shape: do something, or pass on with `next()`. */
export type Middleware = (ctx: FlowContext, next: () => Promise<void>) => Promise<void>;

export function compose(middlewares: readonly Middleware[]): Middleware {
  return (ctx, next) => {
    let last = -1;
    const run = async (i: number): Promise<void> => {
      if (i <= last) throw new Error('next() called twice');
      last = i;
      const middleware = middlewares[i];
      if (!middleware) return next();
      await middleware(ctx, () => run(i + 1));
    };
    return run(0);
  };
}
