import path from 'node:path';

/** Whether a file is a learner page: under docs/ or its translations (not trainer pages). */
export function isLearnerPage(siteDir: string, filePath: string): boolean {
  const relative = path.relative(siteDir, filePath).split(path.sep).join('/');
  if (!/\.mdx?$/.test(relative) || path.basename(relative).startsWith('_')) return false;
  return (
    relative.startsWith('docs/') ||
    /^i18n\/[^/]+\/docusaurus-plugin-content-docs\/current\//.test(relative)
  );
}
