import { useRef, useState, type ReactNode } from 'react';
import { usePluginData } from '@docusaurus/useGlobalData';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';

import type { QuizSummary } from '@site/src/plugins/quizzes';
import { COURSE, certificatePath } from '@site/src/lib/certificate';
import {
  deleteAllProgress,
  parseProgress,
  writeProgress,
  type Progress,
} from '@site/src/lib/progress';
import { useStoredProgress } from '@site/src/lib/useStoredProgress';
import styles from './styles.module.css';

/**
 * Every module, in course order, with its quiz status and score, and the
 * learner's control over the data: export to a file, import on another
 * device, delete everything.
 */
export default function ProgressOverview(): ReactNode {
  const snapshot = useStoredProgress();
  const { quizzes } = usePluginData('quizzes') as { quizzes: QuizSummary[] };
  const [message, setMessage] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  if (!snapshot) {
    return (
      <p>
        <Translate id="progress.loading" description="Shown while progress is read from the device">
          Reading your progress on this device…
        </Translate>
      </p>
    );
  }

  const { progress } = snapshot;

  const exportFile = () => {
    const blob = new Blob([JSON.stringify(progress, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'voices-from-the-field-progress.json';
    link.click();
    URL.revokeObjectURL(url);
  };

  const importFile = async (file: File) => {
    let imported: Progress | undefined;
    try {
      const parsed = JSON.parse(await file.text()) as unknown;
      imported = parseProgress(parsed);
      if (
        imported &&
        Object.keys(imported.quizzes).length === 0 &&
        Object.keys((parsed as Progress).quizzes ?? {}).length > 0
      ) {
        imported = undefined;
      }
    } catch {
      imported = undefined;
    }
    if (!imported) {
      setMessage(
        translate({
          id: 'progress.import.invalid',
          message: 'This file is not a progress file from this site. Nothing was changed.',
          description: 'Shown when an imported file is refused',
        }),
      );
      return;
    }
    // Results from both devices are kept: the better one wins per quiz.
    const merged: Progress = {
      ...progress,
      learnerName: progress.learnerName ?? imported.learnerName,
      quizzes: { ...progress.quizzes },
    };
    for (const [id, result] of Object.entries(imported.quizzes)) {
      const existing = merged.quizzes[id];
      if (
        !existing ||
        result.bestScore > existing.bestScore ||
        result.quizVersion > existing.quizVersion
      )
        merged.quizzes[id] = result;
    }
    if (!writeProgress(merged)) {
      setMessage(
        translate({
          id: 'progress.import.notSaved',
          message:
            'This browser does not allow the site to save progress, so the file could not be imported.',
          description: 'Shown when an import cannot be saved',
        }),
      );
      return;
    }
    setMessage(
      translate(
        {
          id: 'progress.import.done',
          message: 'Progress imported: {count} quiz results.',
          description: 'Shown after a successful import',
        },
        { count: Object.keys(imported.quizzes).length },
      ),
    );
  };

  const deleteAll = () => {
    const sure = window.confirm(
      translate({
        id: 'progress.delete.confirm',
        message: 'Delete all your quiz results from this device? This cannot be undone.',
        description: 'Confirmation before deleting all progress',
      }),
    );
    if (!sure) return;
    deleteAllProgress();
    setMessage(
      translate({
        id: 'progress.delete.done',
        message: 'All your data on this device has been deleted.',
        description: 'Shown after deleting',
      }),
    );
  };

  return (
    <div>
      {!snapshot.available && (
        <p className="callout callout--warning">
          <Translate id="progress.unavailable" description="Shown when storage is blocked">
            This browser does not let the site store anything, so progress cannot be saved here.
          </Translate>
        </p>
      )}
      {snapshot.unreadable && (
        <p className="callout callout--warning">
          <Translate id="progress.unreadable" description="Shown when stored progress is corrupted">
            Your saved progress could not be read. It is kept aside unchanged.
          </Translate>
        </p>
      )}
      {/* One card per module, in course order: on a phone a table of four columns would not fit. */}
      <ol className="module-cards">
        {quizzes.map((quiz) => {
          const result = progress.quizzes[quiz.id];
          return (
            <li key={quiz.id} data-quiz={quiz.id}>
              <Heading as="h2" className={styles.moduleTitle}>
                <Link to={quiz.modulePath}>{quiz.moduleTitle}</Link>
              </Heading>
              <dl className={styles.facts}>
                <div>
                  <dt>
                    <Translate id="progress.table.status" description="Column heading">
                      Status
                    </Translate>
                  </dt>
                  <dd>
                    {!result ? (
                      <Translate id="progress.status.notStarted" description="Quiz status">
                        Not started
                      </Translate>
                    ) : result.passed ? (
                      <Translate id="progress.status.passed" description="Quiz status">
                        Passed
                      </Translate>
                    ) : (
                      <Translate id="progress.status.notPassed" description="Quiz status">
                        Not passed yet
                      </Translate>
                    )}
                  </dd>
                </div>
                {result && (
                  <div>
                    <dt>
                      <Translate id="progress.table.best" description="Column heading">
                        Best score
                      </Translate>
                    </dt>
                    <dd>
                      {`${result.bestScore}%`}
                      {result.quizVersion !== quiz.version && (
                        <>
                          {' '}
                          <Translate
                            id="progress.olderVersion"
                            description="A result earned on an earlier version of the quiz">
                            (earlier version of the quiz)
                          </Translate>
                        </>
                      )}
                    </dd>
                  </div>
                )}
              </dl>
              <p className={styles.moduleLinks}>
                <Link to={quiz.path}>{quiz.title}</Link>
                {result?.passed && (
                  <Link to={certificatePath(quiz.id)}>
                    <Translate
                      id="progress.certificate"
                      description="Link to a module's certificate">
                      Certificate
                    </Translate>
                  </Link>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      {quizzes.length > 0 && quizzes.every((quiz) => progress.quizzes[quiz.id]?.passed) && (
        <p>
          <Link className="button button--primary" to={certificatePath(COURSE)}>
            <Translate id="progress.courseCertificate" description="Link to the course certificate">
              Get your course certificate
            </Translate>
          </Link>
        </p>
      )}
      <div className={styles.actions}>
        <button type="button" className="button button--secondary" onClick={exportFile}>
          <Translate id="progress.export" description="Button to download progress as a file">
            Export my progress to a file
          </Translate>
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => fileInput.current?.click()}>
          <Translate id="progress.import" description="Button to import progress from a file">
            Import progress from a file
          </Translate>
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className={styles.hiddenInput}
          aria-label={translate({
            id: 'progress.import.fileLabel',
            message: 'Progress file',
            description: 'Label of the file picker',
          })}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
            event.target.value = '';
          }}
        />
        <button type="button" className={`button ${styles.deleteButton}`} onClick={deleteAll}>
          <Translate id="progress.delete" description="Button to delete all data">
            Delete all my data
          </Translate>
        </button>
      </div>
      <p role="status" className={styles.message}>
        {message}
      </p>
    </div>
  );
}
