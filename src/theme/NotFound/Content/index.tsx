import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import type { Props } from '@theme/NotFound/Content';

import { searchTranslations } from '@site/src/plugins/search/theme/SearchTranslations';
import styles from './styles.module.css';

/**
 * The 404 page, in every locale: instead of Docusaurus's "contact the owner
 * of the site", a way on for someone who followed an old or mistyped link: a
 * search box (a plain GET form to the search page, so it works before the
 * page's script has loaded) and the site's main pages. Written for this site,
 * not ejected: Docusaurus's own component is three paragraphs.
 */
export default function NotFoundContent({ className }: Props): ReactNode {
  const searchPage = useBaseUrl('/search');
  const links = [
    {
      to: '/docs/start',
      label: translate({
        id: 'notFound.link.start',
        message: 'Start here: how the modules work',
        description: '404 page: link to the Start page',
      }),
    },
    {
      to: '/docs/definitions',
      label: translate({
        id: 'notFound.link.firstModule',
        message: 'The first module: what trafficking is',
        description: '404 page: link to the first learning module',
      }),
    },
    {
      to: '/trainers',
      label: translate({
        id: 'notFound.link.trainers',
        message: 'For trainers: programmes, slides and handouts',
        description: '404 page: link to the trainer kit',
      }),
    },
    {
      to: '/docs/institutions',
      label: translate({
        id: 'notFound.link.institutions',
        message: 'For institutions: links, catalogue and LMS packages',
        description: '404 page: link to the page for institutions',
      }),
    },
    {
      to: '/progress',
      label: translate({
        id: 'notFound.link.progress',
        message: 'Your progress and certificates',
        description: '404 page: link to the progress page',
      }),
    },
  ];
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className={styles.content}>
        <Heading as="h1">
          <Translate id="theme.NotFound.title" description="The title of the 404 page">
            Page Not Found
          </Translate>
        </Heading>
        <p>
          <Translate id="notFound.explanation" description="404 page: what happened and what to do">
            There is no page at this address. The link may be mistyped or out of date. Search for
            what you were looking for, or go on from one of the pages below.
          </Translate>
        </p>
        <form role="search" action={searchPage} method="get" className={styles.search}>
          <label htmlFor="not-found-search">{searchTranslations.label()}</label>
          <div className={styles.searchRow}>
            <input id="not-found-search" name="q" type="search" autoComplete="off" />
            <button type="submit" className="button button--primary">
              {searchTranslations.submit()}
            </button>
          </div>
        </form>
        <Heading as="h2">
          <Translate id="notFound.linksHeading" description="404 page: heading of the main links">
            Main pages
          </Translate>
        </Heading>
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </div>
    </main>
  );
}
