import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';

import AttendanceCertificates from '@site/src/components/AttendanceCertificates';

/** /trainers/certificate-of-attendance: certificates for the ceremony at the end of a day. */
export default function CertificateOfAttendancePage(): ReactNode {
  return (
    <Layout
      title={translate({
        id: 'attendance.title',
        message: 'Certificates of attendance',
        description: 'Title of the attendance certificates page',
      })}
      description={translate({
        id: 'attendance.meta.description',
        message:
          'Certificates of attendance for the participants of a Safe! training day, one A4 page each, made on your device.',
        description: 'Meta description of the attendance certificates page',
      })}>
      <main className="container margin-vert--lg">
        <p>
          <Link to="/trainers">
            <Translate
              id="attendance.backToKit"
              description="Link from the certificates page to the trainer kit">
              Trainer kit
            </Translate>
          </Link>
        </p>
        <Heading as="h1">
          <Translate id="attendance.title" description="Title of the attendance certificates page">
            Certificates of attendance
          </Translate>
        </Heading>
        <p>
          <Translate id="attendance.lead" description="What the page is for">
            Both Safe! training days end with a short ceremony at which every participant receives a
            certificate. Fill in the day, the place and the names, and download one A4 certificate
            per participant, ready to print and sign.
          </Translate>
        </p>
        <AttendanceCertificates />
      </main>
    </Layout>
  );
}
