import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Pix's fonts, as Pix Certif loads them (docs/pix-look.md): Nunito for titles (bold only),
// Roboto for text (400, 500, 700). The elements name them and fall back to Arial.
import '@fontsource/nunito/700.css';
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import '@fontsource/roboto-mono/500.css';
import manifest from '../custom-elements.json';

// Docs pages and controls come from the Custom Elements Manifest: properties, attributes,
// events, parts, custom properties and slots as the elements' JSDoc describes them.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Accessibility violations fail the story, with the rule set of the project's tests.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Guides', 'API', 'Elements', 'Parcours complet'] } },
  },
  // The elements speak the page's language: French by default, as their users do.
  globalTypes: {
    lang: {
      description: 'Language of the page',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'fr' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals['lang'] as string | undefined) ?? 'fr';
      return story();
    },
  ],
};
export default preview;
