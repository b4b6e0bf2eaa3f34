import { useCallback, useEffect, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';

import type { OfflineFile } from '@site/src/config/offline';
import {
  offlineStatus,
  offlineSupported,
  removeSavedFiles,
  saveForOffline,
  subscribeToSaving,
  type OfflineStatus,
  type SaveProgress,
} from '@site/src/lib/offline/saveForOffline';
import styles from './styles.module.css';

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

function FileList({
  files,
  saved,
}: {
  files: readonly OfflineFile[];
  saved: ReadonlySet<string>;
}): ReactNode {
  return (
    <ul className={styles.files}>
      {files.map((file) => (
        <li key={file.url} data-saved={saved.has(file.url)}>
          <span aria-hidden="true" className={styles.mark}>
            {saved.has(file.url) ? '✓' : '○'}
          </span>{' '}
          {file.title}{' '}
          <span className={styles.state}>
            {saved.has(file.url)
              ? translate({
                  id: 'offline.file.saved',
                  message: '(saved)',
                  description: 'After a file name: it is available offline',
                })
              : translate({
                  id: 'offline.file.notSaved',
                  message: '(not saved)',
                  description: 'After a file name: it is not available offline',
                })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Save this language for offline use": what the build offers for the
 * current locale, what of it this browser has, one button to save it all
 * (with a progress bar) and one to remove it.
 */
export default function OfflineSaver(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const [status, setStatus] = useState<OfflineStatus>();
  const [progress, setProgress] = useState<SaveProgress>();
  const [removed, setRemoved] = useState(false);

  const refresh = useCallback(() => {
    offlineStatus(locale).then(setStatus, () =>
      setStatus({ supported: offlineSupported(), saved: new Set() }),
    );
  }, [locale]);

  useEffect(() => {
    refresh();
    return subscribeToSaving((next) => {
      setProgress(next);
      if (next && !next.running) refresh();
    });
  }, [refresh]);

  if (!status) return null;
  if (!status.supported)
    return (
      <p className="callout callout--warning">
        <Translate id="offline.unsupported" description="The browser has no offline storage">
          This browser cannot keep the site for offline use. The site still works while you are
          online.
        </Translate>
      </p>
    );

  const files = status.pack?.files ?? [];
  const pages = files.filter((file) => file.kind === 'page');
  const pdfs = files.filter((file) => file.kind === 'pdf');
  const indexes = files.filter((file) => file.kind === 'search-index');
  const count = (list: readonly OfflineFile[]) =>
    list.filter((f) => status.saved.has(f.url)).length;
  const complete = files.length > 0 && count(files) === files.length;
  const outdated =
    status.savedVersion !== undefined && status.savedVersion !== status.pack?.version;
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const running = progress?.running === true;

  return (
    <section aria-labelledby="offline-saver-heading">
      <Heading as="h2" id="offline-saver-heading">
        <Translate id="offline.saver.heading" description="Heading of the offline save control">
          This language on this device
        </Translate>
      </Heading>
      <p data-offline-summary>
        {translate(
          {
            id: 'offline.saver.summary',
            message:
              '{savedPages} of {pages} pages and {savedPdfs} of {pdfs} handout PDFs are saved on this device.',
            description: 'How much of the current language is available offline',
          },
          {
            savedPages: count(pages),
            pages: pages.length,
            savedPdfs: count(pdfs),
            pdfs: pdfs.length,
          },
        )}
      </p>
      {complete && !outdated && (
        <p className="callout callout--success">
          <Translate id="offline.saver.complete" description="Everything is available offline">
            Everything in this language is available offline.
          </Translate>
        </p>
      )}
      {outdated && (
        <p className="callout callout--warning">
          <Translate
            id="offline.saver.outdated"
            description="The saved copy is from an older version">
            The saved copy is from an earlier version of the site. Save again to update it.
          </Translate>
        </p>
      )}
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--primary"
          disabled={running}
          onClick={() => {
            setRemoved(false);
            void saveForOffline(locale);
          }}>
          {translate(
            {
              id: 'offline.saver.save',
              message: 'Save this language for offline use ({size} MB)',
              description: 'Button that downloads every page and PDF of the language',
            },
            { size: megabytes(totalBytes) },
          )}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={running}
          onClick={() => {
            void removeSavedFiles().then(() => {
              setRemoved(true);
              refresh();
            });
          }}>
          <Translate id="offline.saver.remove" description="Button that deletes the offline copy">
            Remove saved pages
          </Translate>
        </button>
      </div>
      {progress && progress.total > 0 && (
        <progress
          className={styles.bar}
          max={progress.total}
          value={progress.done}
          aria-label={translate({
            id: 'offline.saver.progressLabel',
            message: 'Saving for offline use',
            description: 'Accessible name of the progress bar',
          })}
        />
      )}
      <p role="status" className={styles.message}>
        {progress?.running &&
          translate(
            {
              id: 'offline.saver.running',
              message: 'Saving… {done} of {total} files',
              description: 'Progress while saving for offline use',
            },
            { done: progress.done, total: progress.total },
          )}
        {progress &&
          !progress.running &&
          progress.failed === 0 &&
          translate(
            {
              id: 'offline.saver.finished',
              message: 'Saved: {total} files. You can now use this language without a connection.',
              description: 'When saving for offline use has finished',
            },
            { total: progress.total },
          )}
        {progress &&
          !progress.running &&
          progress.failed > 0 &&
          translate(
            {
              id: 'offline.saver.failed',
              message:
                '{failed} files could not be saved. Check your connection and try again: what was saved is kept.',
              description: 'When some files could not be saved',
            },
            { failed: progress.failed },
          )}
        {removed &&
          translate({
            id: 'offline.saver.removed',
            message: 'The saved pages have been removed from this device.',
            description: 'After removing the offline copy',
          })}
      </p>
      {files.length > 0 && (
        <details className={styles.details}>
          <summary>
            <Translate id="offline.saver.list" description="Summary of the list of files">
              What can be saved
            </Translate>
          </summary>
          <Heading as="h3">
            <Translate id="offline.saver.pages" description="Heading of the list of pages">
              Pages
            </Translate>
          </Heading>
          <FileList files={pages} saved={status.saved} />
          <Heading as="h3">
            <Translate id="offline.saver.pdfs" description="Heading of the list of PDFs">
              Handout PDFs
            </Translate>
          </Heading>
          <FileList files={pdfs} saved={status.saved} />
          {indexes.length > 0 && (
            <>
              <Heading as="h3">
                <Translate
                  id="offline.saver.indexes"
                  description="Heading of the search index list">
                  Search
                </Translate>
              </Heading>
              <FileList files={indexes} saved={status.saved} />
            </>
          )}
        </details>
      )}
    </section>
  );
}
