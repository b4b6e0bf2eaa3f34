import MDXComponents from '@theme-original/MDXComponents';

import ContentNote from '@site/src/components/ContentNote';
import ModuleKeyPoints from '@site/src/components/ModuleKeyPoints';
import ModuleObjectives from '@site/src/components/ModuleObjectives';

import Table from './MDXComponents/Table';

/**
 * The components every MDX page can use without importing them (see
 * CONTRIBUTING.md). The original map is spread first so that Markdown
 * elements keep their theme components. Everything here is in the scripts of
 * every module page, so only what most pages use is here: the module frame
 * (objectives and key points, added by remarkModuleFrame) and content notes.
 * Diagrams, charts, quotations and the handout list are imported by the pages
 * that show them. Markdown tables get a keyboard-scrollable table.
 */
export default {
  ...MDXComponents,
  ContentNote,
  ModuleKeyPoints,
  ModuleObjectives,
  table: Table,
};
