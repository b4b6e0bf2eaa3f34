import { useEffect, useId, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useThemeConfig } from '@docusaurus/theme-common';

import { formatCertificateDate } from '@site/src/lib/certificate';
import { unsupportedCharacters } from '@site/src/lib/certificateCharacters';
import type { AttendanceTexts } from '@site/src/components/Certificate/attendancePdf';
import styles from './styles.module.css';

const TRAININGS = ['early-identification', 'safe-future'] as const;
type Training = (typeof TRAININGS)[number];

interface AttendanceForm {
  training: Training;
  /** yyyy-mm-dd, as the date field gives it. */
  date: string;
  place: string;
  trainer: string;
  /** One participant per line, as typed. */
  names: string;
}

/**
 * The form is kept on this device under this key, as {"schema": 1, ...AttendanceForm}, so that
 * a reload or a closed tab loses nothing. Nothing is sent anywhere.
 */
const STORAGE_KEY = 'vftf:trainer:attendance-certificates:v1';

const today = () => new Date().toISOString().slice(0, 10);
const emptyForm = (): AttendanceForm => ({
  training: 'early-identification',
  date: today(),
  place: '',
  trainer: '',
  names: '',
});

/** Unreadable, foreign or blocked storage gives an empty form, never an error. */
function readForm(): { form: AttendanceForm; saved: boolean } {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return { form: emptyForm(), saved: true };
    const stored = JSON.parse(raw) as Partial<Record<keyof AttendanceForm, unknown>>;
    const text = (value: unknown, fallback: string) =>
      typeof value === 'string' ? value : fallback;
    const fallback = emptyForm();
    return {
      form: {
        training: TRAININGS.includes(stored.training as Training)
          ? (stored.training as Training)
          : fallback.training,
        date: /^\d{4}-\d{2}-\d{2}$/.test(text(stored.date, ''))
          ? text(stored.date, '')
          : fallback.date,
        place: text(stored.place, ''),
        trainer: text(stored.trainer, ''),
        names: text(stored.names, ''),
      },
      saved: true,
    };
  } catch {
    return { form: emptyForm(), saved: false };
  }
}

function writeForm(form: AttendanceForm): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ schema: 1, ...form }));
    return true;
  } catch {
    return false;
  }
}

const namesOf = (form: AttendanceForm) =>
  form.names
    .split('\n')
    .map((name) => name.trim())
    .filter(Boolean);

function trainingTitle(training: Training): string {
  return training === 'early-identification'
    ? translate({
        id: 'attendance.training.earlyIdentification',
        message: 'Early identification of victims of trafficking among migrants and refugees',
        description: 'Name of the Early Identification training on the certificate',
      })
    : translate({
        id: 'attendance.training.safeFuture',
        message: 'Safe Future, Safe Return: the Safe Future Methodology',
        description: 'Name of the Safe Future, Safe Return training on the certificate',
      });
}

/**
 * Certificates of attendance for the ceremony at the end of a training day: the trainer types
 * the names, one per line, and downloads one A4 page per participant, made in the browser.
 */
export default function AttendanceCertificates(): ReactNode {
  const { siteConfig, i18n } = useDocusaurusContext();
  const { footer } = useThemeConfig();
  const htmlLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const regularFont = useBaseUrl('/fonts/certificate/NotoSans-Regular.ttf');
  const boldFont = useBaseUrl('/fonts/certificate/NotoSans-Bold.ttf');
  const [form, setForm] = useState<AttendanceForm | null>(null);
  const [saved, setSaved] = useState(true);
  const [status, setStatus] = useState('');
  const fieldId = useId();

  // Read after hydration: the form exists only on this device.
  useEffect(() => {
    const stored = readForm();
    setForm(stored.form); // eslint-disable-line react-hooks/set-state-in-effect -- one read of device storage after hydration
    setSaved(stored.saved);
  }, []);

  const update = (change: Partial<AttendanceForm>) => {
    const next = { ...(form ?? emptyForm()), ...change };
    setForm(next);
    setSaved(writeForm(next));
  };

  // Before the stored form is read (and in the server render), no date: today is the reader's.
  const current = form ?? { ...emptyForm(), date: '' };
  const names = namesOf(current);
  const unsupported = names.flatMap((name) => {
    const characters = unsupportedCharacters(name);
    return characters.length > 0 ? [`${name} (${characters.join(' ')})`] : [];
  });
  const ready =
    form !== null && names.length > 0 && unsupported.length === 0 && current.place.trim() !== '';

  const texts: AttendanceTexts = {
    language: htmlLang,
    documentTitle: translate({
      id: 'attendance.documentTitle',
      message: 'Certificates of attendance',
      description: 'Title of the PDF file of attendance certificates',
    }),
    heading: translate({
      id: 'attendance.heading',
      message: 'Certificate of attendance',
      description: 'Heading of an attendance certificate',
    }),
    intro: translate({
      id: 'attendance.intro',
      message: 'This certifies that',
      description: 'Line before the participant name on an attendance certificate',
    }),
    attended: translate({
      id: 'attendance.attended',
      message: 'took part in the one-day training',
      description: 'Line before the training name on an attendance certificate',
    }),
    training: trainingTitle(current.training),
    basedOn: translate({
      id: 'attendance.basedOn',
      message: 'developed by the Safe! project (2017–2018)',
      description: 'Line after the training name on an attendance certificate',
    }),
    dateAndPlace: translate(
      {
        id: 'attendance.dateAndPlace',
        message: 'on {date} in {place}',
        description: 'Date and place of the training on an attendance certificate',
      },
      {
        date: current.date ? formatCertificateDate(`${current.date}T12:00:00`, htmlLang) : '…',
        place: current.place.trim() || '…',
      },
    ),
    trainer: current.trainer.trim(),
    signature: translate({
      id: 'attendance.signature',
      message: 'Trainer',
      description: 'Label under the signature line of an attendance certificate',
    }),
    // The same translated credit line as the footer of every page.
    credit: typeof footer?.copyright === 'string' ? footer.copyright : '',
    site: siteConfig.title,
  };

  const download = async () => {
    setStatus(
      translate({
        id: 'attendance.pdf.preparing',
        message: 'Preparing the PDF…',
        description: 'While the PDF of attendance certificates is made',
      }),
    );
    try {
      const [{ attendancePdf }, regular, bold] = await Promise.all([
        import('@site/src/components/Certificate/attendancePdf'),
        fetch(regularFont).then((response) => response.arrayBuffer()),
        fetch(boldFont).then((response) => response.arrayBuffer()),
      ]);
      const bytes = await attendancePdf(texts, names, { regular, bold });
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `certificates-of-attendance-${current.date}.pdf`;
      link.click();
      URL.revokeObjectURL(url);
      setStatus(
        translate(
          {
            id: 'attendance.pdf.done',
            message: 'The PDF with {count} certificates has been downloaded.',
            description: 'After the download; {count} is the number of pages',
          },
          { count: names.length },
        ),
      );
    } catch {
      setStatus(
        translate({
          id: 'attendance.pdf.failed',
          message: 'The PDF could not be made. Try again, or use another browser.',
          description: 'When making the PDF of attendance certificates fails',
        }),
      );
    }
  };

  const id = (name: string) => `${fieldId}-${name}`;
  return (
    <div className={styles.form}>
      <p>
        <Translate id="attendance.privacy" description="Where the names are kept">
          The names stay on this device: the PDF is made in your browser and nothing is sent
          anywhere. The form is kept here until you clear it.
        </Translate>
      </p>
      {!saved && (
        <p role="status" className="callout callout--warning">
          <Translate id="attendance.notSaved" description="Storage blocked">
            This browser does not let the site store anything: the certificates can still be made,
            but the form will be empty when you come back.
          </Translate>
        </p>
      )}

      <label className={styles.label} htmlFor={id('training')}>
        <Translate id="attendance.trainingLabel" description="Label of the training field">
          Training
        </Translate>
      </label>
      <select
        id={id('training')}
        className={styles.input}
        value={current.training}
        onChange={(event) => update({ training: event.target.value as Training })}>
        {TRAININGS.map((training) => (
          <option key={training} value={training}>
            {trainingTitle(training)}
          </option>
        ))}
      </select>

      <label className={styles.label} htmlFor={id('date')}>
        <Translate id="attendance.dateLabel" description="Label of the date field">
          Date of the training
        </Translate>
      </label>
      <input
        id={id('date')}
        className={styles.input}
        type="date"
        value={current.date}
        onChange={(event) => update({ date: event.target.value })}
      />

      <label className={styles.label} htmlFor={id('place')}>
        <Translate id="attendance.placeLabel" description="Label of the place field">
          Place (town)
        </Translate>
      </label>
      <input
        id={id('place')}
        className={styles.input}
        type="text"
        maxLength={120}
        value={current.place}
        onChange={(event) => update({ place: event.target.value })}
      />

      <label className={styles.label} htmlFor={id('trainer')}>
        <Translate id="attendance.trainerLabel" description="Label of the trainer field">
          Trainer or trainers (printed under the signature line)
        </Translate>
      </label>
      <input
        id={id('trainer')}
        className={styles.input}
        type="text"
        maxLength={200}
        value={current.trainer}
        onChange={(event) => update({ trainer: event.target.value })}
      />

      <label className={styles.label} htmlFor={id('names')}>
        <Translate id="attendance.namesLabel" description="Label of the participant names field">
          Participants: one name per line
        </Translate>
      </label>
      <textarea
        id={id('names')}
        className={styles.input}
        rows={10}
        value={current.names}
        aria-describedby={id('count')}
        onChange={(event) => update({ names: event.target.value })}
      />
      <p id={id('count')} className={styles.help}>
        <Translate
          id="attendance.count"
          description="How many certificates the PDF will have"
          values={{ count: names.length }}>
          {'Certificates to make: {count}'}
        </Translate>
      </p>
      {unsupported.length > 0 && (
        <p role="alert" className="callout callout--warning">
          <Translate
            id="attendance.unsupported"
            description="Names with characters the PDF font lacks; {names} lists them"
            values={{ names: unsupported.join('; ') }}>
            {
              'The PDF cannot write some characters in these names: {names}. Write them in Latin or Cyrillic letters.'
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
          <Translate id="attendance.download" description="Button to download the certificates">
            Download the certificates (PDF)
          </Translate>
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => update({ ...emptyForm(), training: current.training })}>
          <Translate id="attendance.clear" description="Button that empties the form">
            Clear the form
          </Translate>
        </button>
      </div>
      {!ready && form !== null && (
        <p className={styles.help}>
          <Translate
            id="attendance.needed"
            description="What the trainer must fill in before the PDF can be made">
            Fill in the place and at least one name to make the PDF.
          </Translate>
        </p>
      )}
      <p role="status" className={styles.help}>
        {status}
      </p>
    </div>
  );
}
