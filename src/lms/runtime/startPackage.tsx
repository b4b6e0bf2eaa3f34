/**
 * The script of an LMS package page, started by one entry per standard
 * (scorm12Entry.ts, cmi5Entry.ts, bundled by scripts/build-lms-packages.ts):
 * connects to the LMS that launched the page, if any, and renders the site's
 * own quiz component with the locale's strings. Outside an LMS it behaves as
 * on the public site.
 */
import { createRoot } from 'react-dom/client';

import Quiz from '../../components/Quiz';
import { readPackageData, setAdapter, setCurrentResult, type LmsAdapter } from './lmsState';

export async function startPackage(
  connect: () => LmsAdapter | null | Promise<LmsAdapter | null>,
): Promise<void> {
  const data = readPackageData();
  let adapter: LmsAdapter | null = null;
  try {
    adapter = await connect();
  } catch (error) {
    // The learner can still take the quiz; the LMS just receives nothing.
    console.info('Not connected to a learning platform:', (error as Error).message);
  }
  setAdapter(adapter);
  setCurrentResult(adapter?.previous);
  document.documentElement.dataset.lms = adapter ? 'connected' : 'none';
  if (adapter) {
    window.addEventListener('pagehide', () => adapter.finish());
  }
  const root = document.getElementById('quiz-root');
  if (root)
    createRoot(root).render(
      <Quiz
        quiz={data.quiz}
        onAnswerChecked={(question, response, correct) =>
          adapter?.answered?.(question, response, correct)
        }
      />,
    );
}
