import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/**
 * The learners' modules, in the order the report teaches them. The ids are the
 * doc ids under `docs/`; their URLs are stable because institutions link to them.
 */
const sidebars: SidebarsConfig = {
  modules: ['start', 'institutions'],
};

export default sidebars;
