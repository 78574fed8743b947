// Linting for correctness, not taste: typescript-eslint's recommended rules. Layer boundaries and cycles are
// checked by dependency-cruiser (.dependency-cruiser.cjs); both run in `npm run lint` and in CI.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'src/generated/**', 'node_modules/**', 'stubs/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // a leading underscore marks a value left out on purpose (e.g. fields dropped from a rest spread)
      // a `let` assigned once but read earlier by a closure (late wiring) is not a constant
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // the fakes of remote platforms parse whatever JSON a client library sends
    files: ['tests/support/**', 'tests/cli/backup.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
