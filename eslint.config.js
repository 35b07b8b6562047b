// ESLint: the recommended rules of ESLint, typescript-eslint, eslint-plugin-lit (Lit templates),
// eslint-plugin-wc (custom elements) and eslint-plugin-lit-a11y (accessibility of templates).
// `npm run lint` runs it with no warning allowed. Formatting is Prettier's (`npm run format:check`).
import js from '@eslint/js';
import litPlugin from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wcPlugin from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'storybook-static/',
      'custom-elements.json',
      'bench/.tmp/',
      'examples/*/dist/',
      'examples/*/.angular/',
      'tmp/',
      'test/node/.readme-snippet.mjs',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The library, its tests, stories, demo, examples and bench pages run in browsers.
    files: ['src/**', 'test/**', 'stories/**', '.storybook/**', 'demo/**', 'examples/**', 'bench/pages/**', 'bench/hosts/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Scripts, bench drivers, configuration and the Node checks run in Node.
    files: ['scripts/**', 'bench/*.mjs', 'examples/build.mjs', 'test/node/**', '*.js', '*.mjs', '.storybook/main.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // The story checker's page.evaluate callbacks run in the page.
    files: ['scripts/stories.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: {
      // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Lit templates and custom elements: where html`` and elements are written.
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'bench/pages/**/*.ts'],
    ...litPlugin.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'bench/pages/**/*.ts'],
    ...wcPlugin.configs['flat/recommended'],
    // The elements' base classes, so that the rules know a Lit element when they see one.
    settings: { wc: { elementBaseClasses: ['LitElement', 'PixElement'] } },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'bench/pages/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    rules: {
      // `_`-prefixed parameters and variables are deliberately unused (a signature to match).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
