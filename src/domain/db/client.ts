import type { Prisma, PrismaClient } from '../../generated/prisma/client';

/** What data modules take: the client itself or the transaction a service opened. */
export type DbClient = PrismaClient | Prisma.TransactionClient;

export type { PrismaClient, Prisma };

/** Runs `work` in one transaction (the service decides where a unit of work starts and ends). */
export function inTransaction<T>(db: PrismaClient, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db.$transaction(work, { timeout: 15_000 });
}
