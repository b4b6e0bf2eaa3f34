/** URL of a quiz question's section: `early-identification/index#x` → `/docs/early-identification#x`. */
export function sectionUrl(section: string): string {
  return `/docs/${section.replace(/\/index(?=#|$)/, '')}`;
}
