/**
 * The manifests of the LMS packages, as pure functions of what the package
 * holds, so that unit tests can check them without a build.
 */
export interface PackageInfo {
  /** Module id (catalogue), e.g. "definitions". */
  readonly moduleId: string;
  /** The language the package's text is in (build-lms-packages.ts builds no other). */
  readonly locale: string;
  /** Catalogue version of the module: content hash plus quiz version. */
  readonly version: string;
  readonly title: string;
  readonly description: string;
  /** Pass mark in percent. */
  readonly passMark: number;
  /** Page that launches the module, relative to the package root. */
  readonly launch: string;
  /** Every file of the package, relative to its root (the manifest excepted). */
  readonly files: readonly string[];
}

export const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** An XML ID (NCName) from a module id and locale. */
export const xmlId = (...parts: string[]) =>
  `vftf-${parts.join('-')}`.replace(/[^A-Za-z0-9_.-]/g, '-');

/**
 * imsmanifest.xml of a SCORM 1.2 package: one organisation, one SCO, every file
 * listed. SCORM 1.2 titles carry no language; the IMS metadata (LOM) in the
 * manifest does, so that an LMS's catalogue knows which language the package is in.
 */
export function scorm12Manifest(info: PackageInfo): string {
  const id = xmlId(info.moduleId, info.locale);
  const title = escapeXml(info.title);
  const lang = escapeXml(info.locale);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="${escapeXml(info.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="${lang}">${title}</imsmd:langstring></imsmd:title>
        <imsmd:language>${lang}</imsmd:language>
        <imsmd:description><imsmd:langstring xml:lang="${lang}">${escapeXml(info.description)}</imsmd:langstring></imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${info.passMark}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(info.launch)}">
${info.files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * IRIs of a cmi5 course and its assignable unit. They identify the module to
 * the LMS and never point anywhere, so they do not depend on where the site is
 * deployed: urn:voices-from-the-field:<module>:<locale>.
 */
export const cmi5CourseId = (info: Pick<PackageInfo, 'moduleId' | 'locale'>) =>
  `urn:voices-from-the-field:${info.moduleId}:${info.locale}`;
export const cmi5AuId = (info: Pick<PackageInfo, 'moduleId' | 'locale'>) =>
  `${cmi5CourseId(info)}:au`;

/** cmi5.xml of a cmi5 package: one course with one AU, passed and completed to move on. */
export function cmi5Manifest(info: PackageInfo): string {
  const lang = escapeXml(info.locale);
  const text = (value: string) => `<langstring lang="${lang}">${escapeXml(value)}</langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(cmi5CourseId(info))}">
    <title>${text(info.title)}</title>
    <description>${text(info.description)}</description>
  </course>
  <au id="${escapeXml(cmi5AuId(info))}" moveOn="CompletedAndPassed" masteryScore="${(info.passMark / 100).toFixed(2)}" launchMethod="AnyWindow">
    <title>${text(info.title)}</title>
    <description>${text(info.description)}</description>
    <url>${escapeXml(info.launch)}</url>
  </au>
</courseStructure>
`;
}
