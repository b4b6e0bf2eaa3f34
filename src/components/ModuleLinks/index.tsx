import { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import moduleLinks from '@generated/catalog/default/module-links.json';
import EnglishBadge from '@site/src/components/EnglishBadge';
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

/** The address as a link within this site: its path, so that it works wherever the build is served. */
const sitePath = (url: string) => {
  const address = new URL(url);
  return `${address.pathname}${address.search}`;
};

/**
 * Every module of the catalogue, one card each, with its addresses in the
 * current language (a module not yet translated is marked EN: its page and
 * packages are English): each a real link (a package downloads), the address
 * written out, and a button that copies it. A copied button says so; one
 * status line tells screen-reader users what was copied, or, where the
 * browser refuses, shows the address to copy by hand.
 */
export default function ModuleLinks(): ReactNode {
  const modules = moduleLinks as ModuleLinkRows;
  const { i18n } = useDocusaurusContext();
  const [status, setStatus] = useState('');
  const [copied, setCopied] = useState<string | null>(null);
  const kinds = linkKinds();

  const copy = (url: string, key: string) => {
    const failed = () => {
      setCopied(null);
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
    };
    try {
      navigator.clipboard.writeText(url).then(() => {
        setCopied(key);
        setStatus(
          translate(
            {
              id: 'moduleLinks.copied',
              message: 'Copied: {url}',
              description: 'Shown after a link was copied to the clipboard',
            },
            { url },
          ),
        );
      }, failed);
    } catch {
      failed();
    }
  };

  return (
    // Addresses: nothing a learner searches for, so kept out of search.
    <section
      className={styles.wrapper}
      data-search-exclude
      aria-label={translate(
        {
          id: 'moduleLinks.caption',
          message: 'Addresses of every module in {language}',
          description: 'Name of the list of module addresses; {language} is the page language',
        },
        { language: i18n.localeConfigs[i18n.currentLocale]?.label ?? i18n.currentLocale },
      )}>
      <ul className={`module-cards ${styles.modules}`}>
        {modules.map((module) => (
          <li key={module.id} data-module={module.id}>
            <Heading as="h3" className={styles.title}>
              {module.entry.title}
              {/* Page and packages are still English in this language: say so before the links. */}
              {module.entry.textLocale !== i18n.currentLocale && <EnglishBadge />}
            </Heading>
            <dl className={styles.links}>
              {kinds.map((kind) => {
                const url = kind.url(module.entry);
                if (!url) return null;
                const key = `${module.id} ${kind.key}`;
                const isCopied = copied === key;
                const isPackage = url.endsWith('.zip');
                return (
                  <div key={kind.key} className={styles.link} data-link={kind.key}>
                    <dt>{kind.label}</dt>
                    <dd>
                      {/* pathname://: a plain link that leaves the router (a package is a file).
                          The address already holds its locale (/nl/docs/…) or none (/lms/…): no
                          base URL is added. */}
                      <Link
                        to={`pathname://${sitePath(url)}`}
                        autoAddBaseUrl={false}
                        download={isPackage ? '' : undefined}>
                        {url}
                      </Link>
                      <button
                        type="button"
                        className={styles.copy}
                        data-url={url}
                        data-copied={isCopied || undefined}
                        onClick={() => copy(url, key)}>
                        {isCopied
                          ? translate({
                              id: 'moduleLinks.copiedButton',
                              message: 'Copied',
                              description:
                                'Text of a copy button once its address is on the clipboard',
                            })
                          : translate({
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
                    </dd>
                  </div>
                );
              })}
            </dl>
          </li>
        ))}
      </ul>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </section>
  );
}
