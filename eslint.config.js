import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Layering (see ARCHITECTURE.md): contract ← knowledge ← assistant ← server; surfaces never import each other. */
const layer = (from, forbidden) => ({
  files: [`${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((pkg) => ({
          group: [`@hub/${pkg}`, `@hub/${pkg}/*`, `**/${pkg}/src/**`],
          message: `${from} must not depend on ${pkg} (see ARCHITECTURE.md)`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      '**/generated/**',
      'screenshots/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Benchmarks are scripts whose job is to print figures.
  { files: ['**/bench/**/*.ts', 'tests/**/screenshots*.ts'], rules: { 'no-console': 'off' } },
  layer('contract', ['knowledge', 'assistant', 'server', 'helpdesk', 'kiosk']),
  layer('knowledge', ['assistant', 'server', 'helpdesk', 'kiosk']),
  layer('assistant', ['server', 'helpdesk', 'kiosk']),
  layer('helpdesk', ['server', 'assistant', 'kiosk', 'campaign']),
  layer('kiosk', ['server', 'assistant', 'helpdesk', 'campaign']),
  layer('campaign', ['server', 'assistant', 'helpdesk', 'kiosk']),
);
