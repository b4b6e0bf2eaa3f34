import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const exercises = (ids: string[]) => ids.map((id) => `exercises/${id}`);

/** The trainer kit: the two one-day programmes and their exercises, in the order of the day. */
const sidebars: SidebarsConfig = {
  trainers: [
    'index',
    'early-identification-day',
    {
      type: 'category',
      label: 'Early Identification exercises',
      items: exercises([
        'ei-opening',
        'ei-01',
        'ei-02',
        'ei-03',
        'ei-04',
        'ei-05',
        'ei-06',
        'ei-07',
        'ei-08',
        'ei-09',
        'ei-10',
        'ei-11',
        'ei-12',
      ]),
    },
    'safe-future-day',
    {
      type: 'category',
      label: 'Safe Future, Safe Return exercises',
      items: exercises([
        'sf-01',
        'sf-02',
        'sf-03a',
        'sf-03b',
        'sf-03c',
        'sf-03d',
        'sf-04',
        'sf-05',
        'sf-06',
      ]),
    },
    'facilitation',
  ],
};

export default sidebars;
