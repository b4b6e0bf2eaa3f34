/** Addresses of theory slides. The PDF and PowerPoint files sit outside the locale folders. */
export const slideDeckPath = (id: string) => `/trainers/slides/${id}`;
export const slideDeckFilePath = (locale: string, id: string, format: 'pdf' | 'pptx') =>
  `/slides/${locale}/${id}.${format}`;
