import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { createLogger, mergeConfig, type Rollup } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(js|ts)'],
  addons: [
    '@storybook/addon-a11y',
    // GitHub-flavoured Markdown in the guides: their tables render as tables.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The documentation of a library, not a new Storybook project: no onboarding checklist.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // A quiet build: Vite's warnings and errors, not its list of every file written.
      customLogger: createLogger('warn'),
      build: {
        reportCompressedSize: false,
        // Storybook's own preview runtime, docs blocks and axe (for the accessibility panel) are
        // single chunks of 0.7 to 1.1 MB, read from the local Storybook; the elements' own chunks
        // stay far below.
        chunkSizeWarningLimit: 1200,
        rollupOptions: {
          onwarn(warning: Rollup.RollupLog, warn: (warning: Rollup.RollupLog) => void) {
            // zod's sources carry explanatory comments next to `@__PURE__` annotations, which
            // Rollup reports and drops; the code is unaffected.
            if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
            warn(warning);
          },
        },
      },
    }),
};
export default config;
