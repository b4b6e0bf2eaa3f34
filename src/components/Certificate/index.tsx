import { useEffect, useState, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import { useThemeConfig } from '@docusaurus/theme-common';

import {
  COURSE,
  certificateId,
  certificateRecord,
  certifiedModules,
  formatCertificateDate,
  formatEditionDate,
  issuerAddress,
  totalMinutes,
  type CertificateRecord,
  type CertifiedModule,
} from '@site/src/lib/certificate';
import { unsupportedCharacters } from '@site/src/lib/certificateCharacters';
import { saveLearnerName } from '@site/src/lib/progress';
import { useStoredProgress } from '@site/src/lib/useStoredProgress';
import type { QuizSummary } from '@site/src/plugins/quizzes';
import type { CertificateTexts } from './certificatePdf';
import styles from './styles.module.css';

interface Props {
  /** A quiz id, or "course". */
  readonly subject: string;
}

/**
 * A completion certificate: the learner types their name (kept on this
 * device), sees the A4 certificate, prints it or downloads it as a PDF made in
 * the browser. It is a self-issued record, and says so.
 */
export default function Certificate({ subject }: Props): ReactNode {
  const { siteConfig, i18n } = useDocusaurusContext();
  const siteVersion = String(siteConfig.customFields?.siteVersion ?? '');
  const edition = String(siteConfig.customFields?.contentEdition ?? '');
  const langOf = (locale: string) => i18n.localeConfigs[locale]?.htmlLang ?? locale;
  const htmlLang = langOf(i18n.currentLocale);
  const { quizzes } = usePluginData('quizzes') as { quizzes: QuizSummary[] };
  const snapshot = useStoredProgress();
  const { footer } = useThemeConfig();
  const [typedName, setTypedName] = useState<string | null>(null);
  const [id, setId] = useState('');
  const [status, setStatus] = useState('');
  const regularFont = useBaseUrl('/fonts/certificate/NotoSans-Regular.ttf');
  const boldFont = useBaseUrl('/fonts/certificate/NotoSans-Bold.ttf');

  const name = typedName ?? snapshot?.progress.learnerName ?? '';
  const quiz = quizzes.find((candidate) => candidate.id === subject);
  const record =
    snapshot &&
    (subject === COURSE || quiz) &&
    certificateRecord(
      snapshot.progress,
      subject,
      quizzes.map((q) => q.id),
      siteVersion,
    );
  const modules = snapshot && certifiedModules(snapshot.progress, subject, quizzes);

  // The record is rebuilt on every render; its content is what the ID depends on.
  const recordKey = record ? JSON.stringify(record) : '';
  useEffect(() => {
    if (recordKey === '' || name.trim() === '') return;
    let current = true;
    void certificateId({ ...(JSON.parse(recordKey) as CertificateRecord), name }).then((value) => {
      if (current) setId(value);
    });
    return () => {
      current = false;
    };
  }, [name, recordKey]);

  if (!snapshot) {
    return (
      <p>
        <Translate
          id="certificate.loading"
          description="Shown while the certificate page reads progress">
          Reading your results on this device…
        </Translate>
      </p>
    );
  }

  if (!record || !modules) {
    return (
      <p className={styles.message}>
        {subject === COURSE ? (
          <Translate
            id="certificate.notYet.course"
            description="Course certificate requested before passing every quiz">
            The course certificate becomes available when you have passed the quiz of every module.
          </Translate>
        ) : (
          <Translate
            id="certificate.notYet.quiz"
            description="Certificate requested before passing the quiz">
            This certificate becomes available when you pass the quiz.
          </Translate>
        )}{' '}
        <Link to="/progress">
          <Translate id="certificate.progressLink" description="Link to the progress page">
            See your progress
          </Translate>
        </Link>
      </p>
    );
  }

  const course = subject === COURSE;
  const date = formatCertificateDate(record.passedAt, htmlLang);
  const trimmedName = name.trim();
  // A module's title is in the certificate's language once its page is translated, in English until then.
  const subjectLang = course ? htmlLang : langOf(modules[0]!.titleLocale);
  const subjectTitle = course
    ? translate({
        id: 'certificate.courseTitle',
        message: 'Voices from the field: all learning modules',
        description: 'What the course certificate is for',
      })
    : modules[0]!.title;
  const minutes = totalMinutes(modules);
  // customFields.contentEdition is set by docusaurus.config.ts; never throw on a page for want of it.
  const editionDate = /^\d{4}-\d{2}-\d{2}$/.test(edition)
    ? formatEditionDate(edition, htmlLang)
    : '…';
  const moduleLine = (module: CertifiedModule) =>
    translate(
      {
        id: 'certificate.course.module',
        message: '{title}: {score}% · {minutes} min',
        description:
          'One module on the course certificate: its title, the best score on its quiz, its estimated study time in minutes ("min" abbreviated)',
      },
      { title: module.title, score: module.score, minutes: module.minutes },
    );
  const texts: CertificateTexts = {
    language: htmlLang,
    documentTitle: translate(
      {
        id: 'certificate.documentTitle',
        message: 'Certificate: {subject}',
        description: 'Title of the PDF file',
      },
      { subject: subjectTitle },
    ),
    heading: translate({
      id: 'certificate.heading',
      message: 'Certificate of completion',
      description: 'Heading of the certificate',
    }),
    intro: translate({
      id: 'certificate.intro',
      message: 'This records that',
      description: 'Line before the learner name on the certificate',
    }),
    name: trimmedName,
    completed: course
      ? translate({
          id: 'certificate.completed.course',
          message: 'has completed every learning module and passed every quiz of',
          description: 'Line before the course title on the certificate',
        })
      : translate({
          id: 'certificate.completed.module',
          message: 'has completed the learning module and passed its quiz',
          description: 'Line before the module title on the certificate',
        }),
    subject: subjectTitle,
    modules: course
      ? {
          heading: translate({
            id: 'certificate.course.modulesHeading',
            message: 'Modules completed, with score and estimated study time',
            description: 'Line above the list of modules on the course certificate',
          }),
          lines: modules.map(moduleLine),
        }
      : undefined,
    score: course
      ? translate(
          {
            id: 'certificate.score.course',
            message: 'Average score: {score}%',
            description:
              'Average of the best quiz scores of all modules, on the course certificate',
          },
          { score: record.score },
        )
      : translate(
          {
            id: 'certificate.score',
            message: 'Score: {score}%',
            description: 'Score on the certificate',
          },
          { score: record.score },
        ),
    studyTime: course
      ? translate(
          {
            id: 'certificate.studyTime.course',
            message: 'Total estimated study time: {minutes} min',
            description:
              'Sum of the estimated study times of all modules, in minutes ("min" abbreviated), on the course certificate',
          },
          { minutes },
        )
      : translate(
          {
            id: 'certificate.studyTime',
            message: 'Estimated study time: {minutes} min',
            description:
              'The module\'s estimated study time in minutes ("min" abbreviated), on the certificate',
          },
          { minutes },
        ),
    date: translate(
      {
        id: 'certificate.date',
        message: 'Passed on {date}',
        description: 'Date on the certificate',
      },
      { date },
    ),
    declaration: course
      ? translate(
          {
            id: 'certificate.declaration.course',
            message: 'Declaration by {name}: “I completed these modules and their tests myself.”',
            description:
              "The learner's own declaration on the course certificate, in the first person; {name} is the learner's name",
          },
          { name: trimmedName || '…' },
        )
      : translate(
          {
            id: 'certificate.declaration',
            message: 'Declaration by {name}: “I completed this module and its test myself.”',
            description:
              "The learner's own declaration on the certificate, in the first person; {name} is the learner's name",
          },
          { name: trimmedName || '…' },
        ),
    issuer: translate(
      {
        id: 'certificate.issuer',
        message: 'Issued by {site}, {address}',
        description:
          "Issuer on the certificate: {site} is the site's name, {address} its web address",
      },
      { site: siteConfig.title, address: issuerAddress(siteConfig.url, siteConfig.baseUrl) },
    ),
    id: translate(
      {
        id: 'certificate.id',
        message: 'Certificate ID: {id}',
        description: 'ID on the certificate',
      },
      { id: id || '…' },
    ),
    edition: course
      ? translate(
          {
            id: 'certificate.edition.course',
            message: 'Edition of {date} · quiz versions {quiz}',
            description:
              'On the course certificate: {date} is the day the learning content was last changed; {quiz} lists the version of every quiz',
          },
          { date: editionDate, quiz: record.subjectVersion },
        )
      : translate(
          {
            id: 'certificate.edition',
            message: 'Edition of {date} · quiz version {quiz}',
            description:
              'On the certificate: {date} is the day the learning content was last changed; {quiz} is the version of the quiz',
          },
          { date: editionDate, quiz: record.subjectVersion },
        ),
    selfIssued: translate({
      id: 'certificate.selfIssued',
      message:
        'This is a self-issued record of completion, made on the learner’s own device. It is not verified by anyone. Institutions that need verified records use their own learning platform.',
      description: 'Honest statement of what the certificate is',
    }),
    // The same translated credit line as the footer of every page.
    credit: footer?.copyright ?? '',
    site: siteConfig.title,
  };
  const missing = unsupportedCharacters(name);
  const ready = trimmedName !== '' && id !== '' && missing.length === 0;

  const download = async () => {
    setStatus(
      translate({
        id: 'certificate.pdf.preparing',
        message: 'Preparing the PDF…',
        description: 'While the PDF is made',
      }),
    );
    try {
      const [{ certificatePdf }, regular, bold] = await Promise.all([
        import('./certificatePdf'),
        fetch(regularFont).then((response) => response.arrayBuffer()),
        fetch(boldFont).then((response) => response.arrayBuffer()),
      ]);
      const bytes = await certificatePdf(texts, { regular, bold });
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `certificate-${subject}-${id}.pdf`;
      link.click();
      URL.revokeObjectURL(url);
      setStatus(
        translate({
          id: 'certificate.pdf.done',
          message: 'The PDF has been downloaded.',
          description: 'After the download',
        }),
      );
    } catch {
      setStatus(
        translate({
          id: 'certificate.pdf.failed',
          message: 'The PDF could not be made. You can still print the certificate.',
          description: 'When making the PDF fails',
        }),
      );
    }
  };

  return (
    <div>
      <Head>
        <html className="print-sheet" />
      </Head>
      <div className={styles.controls}>
        <label className={styles.nameLabel} htmlFor="certificate-name">
          <Translate id="certificate.nameLabel" description="Label of the name field">
            Your name as it should appear on the certificate
          </Translate>
        </label>
        <input
          id="certificate-name"
          className={styles.nameInput}
          type="text"
          autoComplete="name"
          maxLength={200}
          value={name}
          aria-describedby="certificate-name-help"
          onChange={(event) => {
            setTypedName(event.target.value);
            saveLearnerName(event.target.value);
          }}
        />
        <p id="certificate-name-help" className={styles.help}>
          <Translate id="certificate.nameHelp" description="Help under the name field">
            Your name stays on this device. It is not sent anywhere.
          </Translate>
        </p>
        {missing.length > 0 && (
          <p role="alert" className="callout callout--warning">
            <Translate
              id="certificate.unsupported"
              description="Name contains characters the PDF font lacks; {characters} lists them"
              values={{ characters: missing.join(' ') }}>
              {
                'The PDF cannot write these characters: {characters}. Write your name in Latin or Cyrillic letters for the PDF, or print the certificate instead.'
              }
            </Translate>
          </p>
        )}
        <div className={styles.actions}>
          <button
            type="button"
            className="button button--primary"
            disabled={!ready}
            onClick={() => void download()}>
            <Translate
              id="certificate.download"
              description="Button to download the certificate as PDF">
              Download PDF
            </Translate>
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={name.trim() === ''}
            onClick={() => window.print()}>
            <Translate id="certificate.print" description="Button to print the certificate">
              Print
            </Translate>
          </button>
        </div>
        <p role="status" className={styles.help}>
          {status}
        </p>
      </div>
      <article className={styles.sheet} aria-label={texts.heading}>
        <p className={styles.sheetHeading}>{texts.heading}</p>
        <p>{texts.intro}</p>
        <p className={styles.sheetName}>{trimmedName || '\u00a0'}</p>
        <p>{texts.completed}</p>
        <p className={styles.sheetSubject} lang={subjectLang}>
          {texts.subject}
        </p>
        {texts.modules && (
          <>
            <p id="certificate-modules" className={styles.listHeading}>
              {texts.modules.heading}
            </p>
            <ul className={styles.moduleList} aria-labelledby="certificate-modules">
              {modules.map((module) => (
                <li key={module.id}>
                  <Translate
                    id="certificate.course.module"
                    description='One module on the course certificate: its title, the best score on its quiz, its estimated study time in minutes ("min" abbreviated)'
                    values={{
                      title: <span lang={langOf(module.titleLocale)}>{module.title}</span>,
                      score: module.score,
                      minutes: module.minutes,
                    }}>
                    {'{title}: {score}% · {minutes} min'}
                  </Translate>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          {texts.score}
          <br />
          {texts.studyTime}
          <br />
          {texts.date}
        </p>
        <p className={styles.declaration}>{texts.declaration}</p>
        <p className={styles.sheetSmall} data-certificate-id={id}>
          {texts.issuer}
          <br />
          {texts.id}
          <br />
          {texts.edition}
        </p>
        <p className={styles.sheetSmall}>{texts.selfIssued}</p>
        <p className={styles.sheetSmall}>{texts.credit}</p>
      </article>
    </div>
  );
}
