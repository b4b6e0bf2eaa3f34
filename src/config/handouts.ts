/** Addresses of handouts. The PDFs sit outside the locale folders: /pdf/<locale>/<id>.pdf. */
export const handoutPath = (id: string) => `/trainers/handouts/${id}`;
export const handoutPdfPath = (locale: string, id: string) => `/pdf/${locale}/${id}.pdf`;

/** The site stores the trainer's local referral contacts under this key (this device only). */
export const LOCAL_CONTACTS_KEY = 'vftf:trainer:local-contacts:v1';

/**
 * The handouts of the training day that teaches each module (catalogue and
 * institutions page). A unit test checks that every id is a handout and every
 * handout belongs to a module.
 */
export const MODULE_HANDOUTS: Readonly<Record<string, readonly string[]>> = {
  definitions: ['trafficking-vs-smuggling'],
  'early-identification': [
    'programme-early-identification',
    'ei-opening-the-conversation',
    'ei-rating-cases',
    'ei-referral-roadmap',
    'ei-signal-cards',
    'ei-step-by-step-scenario',
    'ei-who-am-i-cards',
    // attendance-list serves both days; the catalogue test allows a handout in one module only.
    'attendance-list',
    'evaluation-early-identification',
  ],
  'safe-future': [
    'programme-safe-future',
    'sf-overview-1',
    'sf-overview-2',
    'sf-social-map',
    'sf-ecogram',
    'sf-elevator-pitch',
    'sf-taking-position',
    'evaluation-safe-future',
  ],
};
