import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../packages/elements/custom-elements.json';

// Controls, argument tables and docs come from the manifest the build generates from each element's JSDoc.
setCustomElementsManifest(customElements);

const preview: Preview = {
  parameters: {
    // Accessibility violations fail the story's test (addon-a11y under addon-vitest).
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
