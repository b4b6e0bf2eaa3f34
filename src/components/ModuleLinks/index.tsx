import { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import moduleLinks from '@generated/catalog/default/module-links.json';
import type { ModuleLinkEntry, ModuleLinkRows } from '@site/src/plugins/catalog';

import styles from './styles.module.css';

interface LinkKind {
  readonly key: string;
  readonly label: string;
  readonly url: (entry: ModuleLinkEntry) => string | undefined;
}

function linkKinds(): LinkKind[] {
  return [
    {
      key: 'page',
      label: translate({
        id: 'moduleLinks.column.page',
        message: 'Page',
        description: 'Column of the module link table: the address of the module page',
      }),
      url: (entry) => entry.url,
    },
    {
      key: 'quiz',
      label: translate({
        id: 'moduleLinks.column.quiz',
        message: 'Quiz',
        description: 'Column of the module link table: the address of the quiz',
      }),
      url: (entry) => entry.quiz?.url,
    },
    {
      key: 'embed',
      label: translate({
        id: 'moduleLinks.column.embed',
        message: 'Embed view',
        description:
          'Column of the module link table: the page without navigation, for an intranet frame',
      }),
      url: (entry) => entry.embedUrl,
    },
    {
      key: 'scorm12',
      label: 'SCORM 1.2',
      url: (entry) => entry.lms?.scorm12,
    },
    {
      key: 'cmi5',
      label: 'cmi5',
      url: (entry) => entry.lms?.cmi5,
    },
  ];
}

/**
 * Every module of the catalogue with its addresses in the current language,
 * each with a button that copies it. One status line tells screen-reader users
 * what was copied, or, where the browser refuses, shows the address to copy by
 * hand.
 */
export default function ModuleLinks(): ReactNode {
  const modules = moduleLinks as ModuleLinkRows;
  const { i18n } = useDocusaurusContext();
  const [status, setStatus] = useState('');
  const kinds = linkKinds();

  const copy = (url: string) => {
    const failed = () =>
      setStatus(
        translate(
          {
            id: 'moduleLinks.copyFailed',
            message: 'Your browser did not allow copying. Select this address and copy it: {url}',
            description: 'Shown when copying a link to the clipboard failed',
          },
          { url },
        ),
      );
    try {
      navigator.clipboard.writeText(url).then(
        () =>
          setStatus(
            translate(
              {
                id: 'moduleLinks.copied',
                message: 'Copied: {url}',
                description: 'Shown after a link was copied to the clipboard',
              },
              { url },
            ),
          ),
        failed,
      );
    } catch {
      failed();
    }
  };

  return (
    // A table of addresses: nothing a learner searches for, so kept out of search.
    <div className={styles.wrapper} data-search-exclude>
      <table className={styles.table}>
        <caption className={styles.caption}>
          {translate(
            {
              id: 'moduleLinks.caption',
              message: 'Addresses of every module in {language}',
              description: 'Caption of the module link table; {language} is the page language',
            },
            { language: i18n.localeConfigs[i18n.currentLocale]?.label ?? i18n.currentLocale },
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {translate({
                id: 'moduleLinks.column.module',
                message: 'Module',
                description: 'Column of the module link table: the module title',
              })}
            </th>
            {kinds.map((kind) => (
              <th scope="col" key={kind.key}>
                {kind.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {modules.map((module) => (
            <tr key={module.id} data-module={module.id}>
              <th scope="row">
                <Link to={new URL(module.entry.url).pathname}>{module.entry.title}</Link>
              </th>
              {kinds.map((kind) => {
                const url = kind.url(module.entry);
                return (
                  <td key={kind.key}>
                    {url ? (
                      <button
                        type="button"
                        className={styles.copy}
                        data-url={url}
                        onClick={() => copy(url)}>
                        {translate({
                          id: 'moduleLinks.copy',
                          message: 'Copy',
                          description: 'Button that copies a link to the clipboard',
                        })}
                        <span className="visually-hidden">
                          {' '}
                          {translate(
                            {
                              id: 'moduleLinks.copyWhat',
                              message: '{what} of “{title}”',
                              description:
                                'Hidden part of a copy button for screen readers, e.g. "Quiz of “Understanding trafficking”"',
                            },
                            { what: kind.label, title: module.entry.title },
                          )}
                        </span>
                      </button>
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
