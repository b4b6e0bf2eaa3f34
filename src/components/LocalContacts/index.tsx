import { useEffect, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';

import { LOCAL_CONTACTS_KEY } from '@site/src/config/handouts';
import styles from './styles.module.css';

interface ContactRow {
  organisation: string;
  contact: string;
  notes: string;
}

const EMPTY_ROW: ContactRow = { organisation: '', contact: '', notes: '' };

/**
 * Stored as JSON under LOCAL_CONTACTS_KEY: {"schema": 1, "rows": [{"organisation",
 * "contact", "notes"}]}. Kept on the trainer's device only; unreadable or
 * blocked storage gives an empty table and a message, never an error.
 */
function readRows(): { rows: ContactRow[]; saved: boolean } {
  try {
    const raw = window.localStorage.getItem(LOCAL_CONTACTS_KEY);
    if (!raw) return { rows: [{ ...EMPTY_ROW }, { ...EMPTY_ROW }, { ...EMPTY_ROW }], saved: true };
    const parsed = JSON.parse(raw) as { rows?: unknown };
    const rows = Array.isArray(parsed.rows)
      ? parsed.rows
          .filter((row): row is ContactRow => typeof row === 'object' && row !== null)
          .map((row) => ({
            organisation: String(row.organisation ?? ''),
            contact: String(row.contact ?? ''),
            notes: String(row.notes ?? ''),
          }))
      : [];
    return { rows: rows.length > 0 ? rows : [{ ...EMPTY_ROW }], saved: true };
  } catch {
    return { rows: [{ ...EMPTY_ROW }], saved: false };
  }
}

function writeRows(rows: ContactRow[]): boolean {
  try {
    window.localStorage.setItem(LOCAL_CONTACTS_KEY, JSON.stringify({ schema: 1, rows }));
    return true;
  } catch {
    return false;
  }
}

const FIELDS = ['organisation', 'contact', 'notes'] as const;

/**
 * The roadmap's last step, "fill in according to the local structure": the
 * trainer types local organisations and numbers; they print with the handout.
 */
export default function LocalContacts({
  placeholder,
}: {
  /** The handout's "[fill in …]": printed only while no contact has been typed. */
  readonly placeholder?: string;
}): ReactNode {
  const [rows, setRows] = useState<ContactRow[] | null>(null);
  const filled = (rows ?? []).some((row) => FIELDS.some((field) => row[field].trim() !== ''));
  const [saved, setSaved] = useState(true);

  // Read after hydration: the contacts exist only on this device.
  useEffect(() => {
    const stored = readRows();
    setRows(stored.rows); // eslint-disable-line react-hooks/set-state-in-effect -- one read of device storage after hydration
    setSaved(stored.saved);
  }, []);

  const labels: Record<(typeof FIELDS)[number], string> = {
    organisation: translate({
      id: 'localContacts.organisation',
      message: 'Organisation',
      description: 'Column of the local contacts table',
    }),
    contact: translate({
      id: 'localContacts.contact',
      message: 'Phone or e-mail',
      description: 'Column of the local contacts table',
    }),
    notes: translate({
      id: 'localContacts.notes',
      message: 'What they do',
      description: 'Column of the local contacts table',
    }),
  };

  const update = (next: ContactRow[]) => {
    setRows(next);
    setSaved(writeRows(next));
  };

  return (
    <div className={styles.contacts}>
      <p className={styles.screenOnly}>
        <Translate id="localContacts.intro" description="Explains the local contacts table">
          Type the organisations and numbers of your own area. They are printed with this sheet and
          kept only on this device.
        </Translate>{' '}
        <Translate
          id="localContacts.pdfHint"
          description="How to get a PDF that includes the local contacts">
          For a PDF with your contacts, print this page and choose “Save as PDF”.
        </Translate>
      </p>
      {placeholder && !filled && <p className={styles.printOnly}>{placeholder}</p>}
      {!saved && (
        <p role="status" className={styles.warning}>
          <Translate id="localContacts.notSaved" description="Storage blocked">
            This browser does not let the site store anything: your entries will print, but will be
            gone when you leave.
          </Translate>
        </p>
      )}
      <table className={styles.table}>
        <thead>
          <tr>
            {FIELDS.map((field) => (
              <th key={field} scope="col">
                {labels[field]}
              </th>
            ))}
            <th scope="col" className={styles.screenOnly}>
              <span className="visually-hidden">
                <Translate id="localContacts.actions" description="Column with the remove buttons">
                  Actions
                </Translate>
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((row, index) => (
            <tr key={index}>
              {FIELDS.map((field) => (
                <td key={field} data-label={labels[field]}>
                  <input
                    className={styles.input}
                    value={row[field]}
                    aria-label={translate(
                      {
                        id: 'localContacts.cellLabel',
                        message: '{column}, row {row}',
                        description: 'Label of a cell',
                      },
                      { column: labels[field], row: index + 1 },
                    )}
                    onChange={(event) =>
                      update(
                        rows!.map((r, i) =>
                          i === index ? { ...r, [field]: event.target.value } : r,
                        ),
                      )
                    }
                  />
                  <span className={styles.printValue}>{row[field]}</span>
                </td>
              ))}
              <td className={styles.screenOnly}>
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  onClick={() => update(rows!.filter((_, i) => i !== index))}>
                  <Translate
                    id="localContacts.remove"
                    description="Button to remove a row"
                    values={{ row: index + 1 }}>
                    {'Remove row {row}'}
                  </Translate>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className={`button button--sm button--secondary ${styles.screenOnly}`}
        onClick={() => update([...(rows ?? []), { ...EMPTY_ROW }])}>
        <Translate id="localContacts.add" description="Button to add a row">
          Add a row
        </Translate>
      </button>
    </div>
  );
}
