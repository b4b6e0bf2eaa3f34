import { useSyncExternalStore, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';

import {
  applyUpdate,
  subscribeToUpdate,
  updateAvailable,
} from '@site/src/lib/offline/updateAvailable';
import styles from './styles.module.css';

/**
 * Tells the learner that a new version of the site is ready. It takes over
 * only when they choose to reload, so an open quiz is never interrupted;
 * progress on the device is kept either way.
 */
export default function UpdateNotice(): ReactNode {
  const available = useSyncExternalStore(subscribeToUpdate, updateAvailable, () => false);
  if (!available) return null;
  return (
    <div className={styles.notice} role="status">
      <p className={styles.text}>
        <Translate
          id="offline.update.text"
          description="Notice when a new version of the site is ready">
          A new version of this site is ready. Your progress on this device is kept.
        </Translate>
      </p>
      <button type="button" className="button button--primary button--sm" onClick={applyUpdate}>
        <Translate id="offline.update.reload" description="Button that loads the new version">
          Reload to update
        </Translate>
      </button>
    </div>
  );
}
