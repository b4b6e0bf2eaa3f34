import type { LocaleStatus } from './collectStatus';
import { DOCS_INSTANCES } from './sourceHash';
import {
  STATUS_STATES,
  type DataPaths,
  type LocaleReport,
  type SourceIndex,
  type StatusItem,
  type StatusState,
} from './statusReport';

/**
 * What the translation-status page shows: for every translated language, every
 * English file with its state (current, stale or missing), its title and
 * where its translation lives. Built from collectStatus, the same reading of
 * the files as `npm run i18n:status`, so the page and the command agree.
 */
export function buildStatusReport(
  statuses: readonly LocaleStatus[],
  sources: SourceIndex,
  dataPaths: DataPaths,
): LocaleReport[] {
  return statuses.map((status) => {
    const docItems = (state: StatusState, files: readonly string[]) =>
      files.map((source): StatusItem => {
        const instance = DOCS_INSTANCES.find((candidate) =>
          source.startsWith(`${candidate.sourceDir}/`),
        )!;
        const relative = source.slice(instance.sourceDir.length + 1);
        const doc = sources.docs.get(source);
        return {
          source,
          translationFile: `i18n/${status.locale}/${instance.i18nDir}/${relative}`,
          title: doc?.title ?? relative,
          path: doc?.path ?? `/${instance.sourceDir}/${relative.replace(/\.mdx?$/, '')}`,
          state,
        };
      });
    const docs = [
      ...docItems('current', status.translated),
      ...docItems('stale', status.stale),
      ...docItems('missing', status.missing),
    ];
    const dataItems = (
      kind: 'quizzes' | 'handouts' | 'slides',
      lists: Record<StatusState, readonly string[]>,
    ) =>
      STATUS_STATES.flatMap((state) =>
        lists[state].map((source): StatusItem => {
          const id = source.slice(kind.length + 1);
          return {
            source,
            translationFile: `${kind}/${id}/${status.locale}.yaml`,
            title: sources[kind].get(id) ?? id,
            path: dataPaths[kind](id),
            state,
          };
        }),
      );
    const byOrder = (items: StatusItem[]) =>
      items.sort(
        (a, b) =>
          STATUS_STATES.indexOf(a.state) - STATUS_STATES.indexOf(b.state) ||
          a.source.localeCompare(b.source),
      );
    return {
      locale: status.locale,
      kinds: {
        pages: byOrder(docs.filter((item) => item.source.startsWith('docs/'))),
        trainerPages: byOrder(docs.filter((item) => item.source.startsWith('trainers/'))),
        quizzes: byOrder(
          dataItems('quizzes', {
            current: status.quizzesTranslated,
            stale: status.quizzesStale,
            missing: status.quizzesMissing,
          }),
        ),
        handouts: byOrder(
          dataItems('handouts', {
            current: status.handoutsTranslated,
            stale: status.handoutsStale,
            missing: status.handoutsMissing,
          }),
        ),
        slides: byOrder(
          dataItems('slides', {
            current: status.slidesTranslated,
            stale: status.slidesStale,
            missing: status.slidesMissing,
          }),
        ),
      },
    };
  });
}
