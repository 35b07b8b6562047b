import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

const TITLE = 'pix-certif-elements';

addons.setConfig({ theme: create({ base: 'light', brandTitle: TITLE, brandUrl: './' }) });

// Storybook names every page "<story> ⋅ Storybook" and offers no setting for it: the tab says
// whose documentation this is instead.
const retitle = () => {
  const title = document.title.replace(/(^|⋅ )Storybook$/, `$1${TITLE}`);
  if (title !== document.title) document.title = title;
};
new MutationObserver(retitle).observe(document.head, { subtree: true, childList: true, characterData: true });
retitle();
