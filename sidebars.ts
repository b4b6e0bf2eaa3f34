import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

/**
 * The learners' modules, in the order the report teaches them. The ids are the
 * doc ids under `docs/`; their URLs are listed in src/config/modules.ts and
 * must never change, because institutions link to them.
 */
const sidebars: SidebarsConfig = {
  modules: [
    'start',
    'definitions',
    'european-inventory',
    {
      type: 'category',
      label: 'Early identification in practice',
      link: { type: 'doc', id: 'early-identification/index' },
      items: [
        'early-identification/signals',
        'early-identification/conversation',
        'early-identification/roadmap',
      ],
    },
    'safe-future',
    {
      type: 'category',
      label: 'Countries',
      items: [
        'countries/netherlands',
        'countries/bulgaria',
        'countries/north-macedonia',
        'countries/hungary',
      ],
    },
    {
      type: 'category',
      label: 'Case studies',
      items: ['cases/brigita', 'cases/ada', 'cases/emily', 'cases/nyala'],
    },
    'international-platform',
    'conclusions',
    'glossary',
    'about',
    'institutions',
  ],
};

export default sidebars;
