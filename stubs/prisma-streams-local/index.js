// Only `prisma dev` (Prisma's local Postgres server) imports the real package, and that needs Node >= 22.
// Quayside runs its own migrations and embedded database, so reaching this line is a bug worth hearing about.
export function startLocalDurableStreamsServer() {
  throw new Error('@prisma/streams-local is stubbed in Quayside: `prisma dev` is not supported (use `npm start` or DATABASE_URL)');
}
