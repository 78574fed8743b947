/**
 * The layering the README promises, enforced in CI (`npm run lint`):
 * adapters translate platform objects to domain types; flows hold chat commands without platform or database calls;
 * the domain knows nothing of flows, jobs, adapters or the CLI.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-not-upward',
      comment: 'The domain is the core: it must not reach into flows, jobs, adapters, ops or the CLI.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(flows|jobs|adapters|ops|cli)/|^src/(app|cli)\\.ts$' },
    },
    {
      name: 'adapters-domain-types-only',
      comment: 'Adapters translate to and from the domain contract; business rules stay out of them.',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: '^src/(domain|flows|jobs|cli)/', pathNot: '^src/domain/(channel-contract|retry-backoff)\\.ts$|^src/domain/text/' },
    },
    {
      name: 'flows-no-database',
      comment: 'Flows call domain services; only the domain talks to the database.',
      severity: 'error',
      from: { path: '^src/flows/' },
      to: { path: '^src/generated/|node_modules/(@prisma|pg|@electric-sql)/' },
    },
    {
      name: 'flows-no-platform',
      comment: 'Flows never call a chat platform; they answer through the context.',
      severity: 'error',
      from: { path: '^src/(flows|domain)/' },
      to: { path: 'node_modules/(telegraf|@slack|whatsapp-web\\.js)/' },
    },
    {
      name: 'jobs-no-platform',
      comment: 'Jobs send through the same outbound port as flows.',
      severity: 'error',
      from: { path: '^src/jobs/' },
      to: { path: 'node_modules/(telegraf|@slack|whatsapp-web\\.js)/|^src/adapters/' },
    },
    {
      name: 'no-cycles',
      comment: 'A module cycle makes load order matter.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-domain-folder-cycles',
      comment:
        'Two domain folders that import each other are one module in disguise. Low-level pieces live in folders that ' +
        'import nothing above them (crypto, access, contacts, team/member-ref, outbound/notifier), wiring in domain/wiring, ' +
        'presentation in domain/cards; a service that needs a higher folder takes a port (quotes → QuoteApprovals).',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/domain/[^/]+$' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules|^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
