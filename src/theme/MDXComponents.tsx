import MDXComponents from '@theme-original/MDXComponents';

import BarChart from '@site/src/components/BarChart';
import ConceptModel from '@site/src/components/ConceptModel';
import ContentNote from '@site/src/components/ContentNote';
import Ecogram from '@site/src/components/Ecogram';
import Funnel from '@site/src/components/Funnel';
import HandoutDownloads from '@site/src/components/HandoutDownloads';
import ModuleKeyPoints from '@site/src/components/ModuleKeyPoints';
import ModuleObjectives from '@site/src/components/ModuleObjectives';
import Quote from '@site/src/components/Quote';
import StepFlow from '@site/src/components/StepFlow';
import TwoTracks from '@site/src/components/TwoTracks';

/**
 * The components every MDX page can use without importing them (see
 * CONTRIBUTING.md). The original map is spread first so that Markdown
 * elements keep their theme components. Components used by one page only
 * (ModuleLinks, on the institutions page) are imported by that page instead:
 * everything here is in the scripts of every module page.
 */
export default {
  ...MDXComponents,
  BarChart,
  ConceptModel,
  ContentNote,
  Ecogram,
  Funnel,
  HandoutDownloads,
  ModuleKeyPoints,
  ModuleObjectives,
  Quote,
  StepFlow,
  TwoTracks,
};
