import { defineMain } from '@storybook/web-components-vite/node';
import { sandboxPlugin } from './sandbox-plugin.ts';

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: ['../packages/elements/src/**/*.stories.ts'],
  addons: ['@storybook/addon-vitest', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    // Workspace packages resolve to their sources, so stories need no pre-build; the sandbox answers the
    // elements' requests (see sandbox-plugin.ts).
    return {
      ...config,
      resolve: { ...config.resolve, tsconfigPaths: true },
      plugins: [...(config.plugins ?? []), sandboxPlugin()],
    };
  },
});
