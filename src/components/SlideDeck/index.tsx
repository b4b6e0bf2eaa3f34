import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useThemeConfig } from '@docusaurus/theme-common';

import { NoticeBox } from '@site/src/components/TranslationNotice';
import { RootFileLink } from '@site/src/components/PdfLink';
import { slideDeckFilePath } from '@site/src/config/slides';
import type { SlideDeckRouteData } from '@site/src/plugins/slides';
import type { Deck } from '@site/src/plugins/slides/schema';
import SlideContent, { TitleSlide } from './SlideContent';
import styles from './styles.module.css';

/** CSS, not text: each printed page is one 16:9 slide (PowerPoint's 10 × 5.625 inch). */
const SLIDE_PAGE_RULE = '@page { size: 254mm 142.875mm; margin: 0; }';

interface Props {
  readonly data: SlideDeckRouteData;
}

export function dayLabel(day: Deck['day']): string {
  return day === 'early-identification'
    ? translate({
        id: 'slides.day.earlyIdentification',
        message: 'Early Identification day',
        description: 'Name of the Early Identification training day',
      })
    : translate({
        id: 'slides.day.safeFuture',
        message: 'Safe Future, Safe Return day',
        description: 'Name of the Safe Future, Safe Return training day',
      });
}

const dayPath = (day: Deck['day']) =>
  day === 'early-identification'
    ? '/trainers/early-identification-day'
    : '/trainers/safe-future-day';

/** The slide a page address points to (#3 is the third slide), within the deck. */
function slideFromHash(total: number): number {
  const number = Number.parseInt(window.location.hash.replace(/^#/, ''), 10);
  return Number.isInteger(number) && number >= 1 && number <= total ? number - 1 : 0;
}

/**
 * The theory slides of one slot, at /trainers/slides/<id>: one slide at a time, arrow keys,
 * full screen, speaker notes below the slide, and the deck's PDF and PowerPoint files. In
 * print, every slide is one 16:9 page (the build makes the PDF from this).
 */
export default function SlideDeck({ data }: Props): ReactNode {
  const { deck, textLocale, locales, id } = data;
  const { i18n } = useDocusaurusContext();
  const { footer } = useThemeConfig();
  const credit = typeof footer?.copyright === 'string' ? footer.copyright : '';
  const total = deck.slides.length + 1;
  const [current, setCurrent] = useState(0);
  const [showNotes, setShowNotes] = useState(true);
  const [fullScreen, setFullScreen] = useState(false);
  const stage = useRef<HTMLElement>(null);
  const language = (locale: string) => i18n.localeConfigs[locale]?.label ?? locale;

  const go = useCallback(
    (index: number) => {
      const next = Math.min(Math.max(index, 0), total - 1);
      setCurrent(next);
      window.history.replaceState(null, '', `#${next + 1}`);
    },
    [total],
  );

  // The address says which slide is shown, so a trainer can reload or share it.
  useEffect(() => {
    setCurrent(slideFromHash(total)); // eslint-disable-line react-hooks/set-state-in-effect -- read the address after hydration
    const onHashChange = () => setCurrent(slideFromHash(total));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [total]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      // Space and Enter keep their own meaning on buttons and links.
      const onControl = Boolean(target?.closest('button, a'));
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          go(current + 1);
          break;
        case ' ':
          if (onControl) return;
          go(current + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          go(current - 1);
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(total - 1);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [current, go, total]);

  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement === stage.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen?.().catch(() => undefined);
  };

  const position = (index: number) =>
    translate(
      {
        id: 'slides.position',
        message: 'Slide {number} of {total}',
        description: 'Which slide is shown',
      },
      { number: index + 1, total },
    );
  const notes = current === 0 ? deck.summary : deck.slides[current - 1]!.notes;

  return (
    <Layout
      title={deck.title}
      description={translate({
        id: 'slides.description',
        message: 'Theory slides for a slot of the Safe! trainings, with speaker notes.',
        description: 'Meta description of a slide deck page',
      })}>
      <Head>
        <html className="print-sheet" />
        <style>{SLIDE_PAGE_RULE}</style>
      </Head>
      <main className={`container ${styles.page}`}>
        <div className={styles.toolbar}>
          <Heading as="h1" className={styles.pageTitle}>
            {deck.title}
          </Heading>
          <p>
            <Link to="/trainers">
              <Translate
                id="slides.backToKit"
                description="Link from a slide deck to the trainer kit">
                Trainer kit
              </Translate>
            </Link>
            {' · '}
            <Link to={dayPath(deck.day)}>{dayLabel(deck.day)}</Link>
            {deck.exercise && (
              <>
                {' · '}
                <Link to={`/trainers/exercises/${deck.exercise}`}>
                  <Translate
                    id="slides.exerciseLink"
                    description="Link to the exercise the slides belong to"
                    values={{ exercise: deck.exercise.toUpperCase() }}>
                    {'Exercise {exercise}'}
                  </Translate>
                </Link>
              </>
            )}
          </p>
          {textLocale !== i18n.currentLocale && (
            <NoticeBox>
              <Translate
                id="slides.fallback"
                description="Slides not translated; {language} is the current language"
                values={{ language: language(i18n.currentLocale) }}>
                {'These slides are not yet available in {language}. They are shown in English.'}
              </Translate>
            </NoticeBox>
          )}
          <div className={styles.actions}>
            <button
              type="button"
              className="button button--secondary"
              aria-pressed={showNotes}
              onClick={() => setShowNotes((shown) => !shown)}>
              <Translate
                id="slides.notesToggle"
                description="Button that shows or hides the speaker notes">
                Speaker notes
              </Translate>
            </button>
            {locales.map((locale) => (
              <span key={locale} className={styles.downloads}>
                <RootFileLink
                  className="button button--secondary"
                  href={slideDeckFilePath(locale, id, 'pdf')}
                  hrefLang={i18n.localeConfigs[locale]?.htmlLang}>
                  <Translate
                    id="slides.pdf"
                    description="Link to the PDF of the slides in a language"
                    values={{ language: language(locale) }}>
                    {'PDF ({language})'}
                  </Translate>
                </RootFileLink>
                <RootFileLink
                  className="button button--secondary"
                  href={slideDeckFilePath(locale, id, 'pptx')}
                  hrefLang={i18n.localeConfigs[locale]?.htmlLang}>
                  <Translate
                    id="slides.pptx"
                    description="Link to the editable PowerPoint file of the slides in a language"
                    values={{ language: language(locale) }}>
                    {'PowerPoint ({language})'}
                  </Translate>
                </RootFileLink>
              </span>
            ))}
          </div>
          <p className={styles.keys}>
            <Translate id="slides.keys" description="How to move between slides with the keyboard">
              Keys: → or Space for the next slide, ← for the previous one, Home and End for the
              first and the last.
            </Translate>
          </p>
        </div>

        {/* The WAI-ARIA carousel pattern: a labelled region of slides, each a labelled group. */}
        <section
          ref={stage}
          className={styles.stage}
          lang={i18n.localeConfigs[textLocale]?.htmlLang}
          aria-roledescription={translate({
            id: 'slides.roleDescription',
            message: 'slide show',
            description: 'What the slide area is, for screen readers',
          })}
          aria-label={deck.title}>
          {[null, ...deck.slides].map((slide, index) => (
            <div
              key={index}
              role="group"
              className={styles.slide}
              hidden={index !== current}
              data-slide={index + 1}
              aria-roledescription={translate({
                id: 'slides.slideRoleDescription',
                message: 'slide',
                description: 'What one slide is, for screen readers',
              })}
              aria-label={position(index)}>
              {slide === null ? (
                <TitleSlide deck={deck} day={dayLabel(deck.day)} />
              ) : (
                <SlideContent slide={slide} />
              )}
              <footer className={styles.credit}>
                <span>{credit}</span>
                <span className={styles.number}>{`${index + 1} / ${total}`}</span>
              </footer>
            </div>
          ))}
          <nav
            className={styles.nav}
            aria-label={translate({
              id: 'slides.navigation',
              message: 'Slides',
              description: 'Label of the previous/next navigation of a slide deck',
            })}>
            <button
              type="button"
              className="button button--secondary button--sm"
              disabled={current === 0}
              onClick={() => go(current - 1)}>
              <Translate id="slides.previous" description="Button to the previous slide">
                ← Previous slide
              </Translate>
            </button>
            <span aria-live="polite" className={styles.position}>
              {position(current)}
            </span>
            <button
              type="button"
              className="button button--secondary button--sm"
              disabled={current === total - 1}
              onClick={() => go(current + 1)}>
              <Translate id="slides.next" description="Button to the next slide">
                Next slide →
              </Translate>
            </button>
            <button
              type="button"
              className="button button--primary button--sm"
              onClick={toggleFullScreen}>
              {fullScreen ? (
                <Translate id="slides.leaveFullScreen" description="Button to leave full screen">
                  Leave full screen
                </Translate>
              ) : (
                <Translate id="slides.present" description="Button to show the slides full screen">
                  Present full screen
                </Translate>
              )}
            </button>
          </nav>
        </section>

        {showNotes && (
          <section className={styles.notes} data-search-exclude>
            <Heading as="h2" className={styles.notesHeading}>
              <Translate id="slides.notesHeading" description="Heading of the speaker notes">
                Speaker notes
              </Translate>
            </Heading>
            <p>{notes}</p>
          </section>
        )}
      </main>
    </Layout>
  );
}
