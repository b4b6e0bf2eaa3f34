import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/** The trainer kit: the two one-day programmes, their exercises and handouts. */
const sidebars: SidebarsConfig = {
  trainers: ['index'],
};

export default sidebars;
