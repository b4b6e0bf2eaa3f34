/** Addresses of handouts. The PDFs sit outside the locale folders: /pdf/<locale>/<id>.pdf. */
export const handoutPath = (id: string) => `/trainers/handouts/${id}`;
export const handoutPdfPath = (locale: string, id: string) => `/pdf/${locale}/${id}.pdf`;

/** The site stores the trainer's local referral contacts under this key (this device only). */
export const LOCAL_CONTACTS_KEY = 'vftf:trainer:local-contacts:v1';
