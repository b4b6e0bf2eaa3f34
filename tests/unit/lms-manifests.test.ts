import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';

import {
  cmi5AuId,
  cmi5Manifest,
  escapeXml,
  scorm12Manifest,
  xmlId,
  type PackageInfo,
} from '../../src/lms/manifests';

const info: PackageInfo = {
  moduleId: 'definitions',
  locale: 'nl',
  version: '53882b77f0a3.q1',
  title: 'Mensenhandel & smokkel: "wat is het verschil" <1>',
  description: 'Een beschrijving van de module voor het leerplatform.',
  passMark: 80,
  launch: 'index.html',
  files: ['index.html', 'assets/site.css', 'assets/quiz.js'],
};

describe('SCORM 1.2 manifest', () => {
  const $ = load(scorm12Manifest(info), { xmlMode: true });

  it('is well-formed XML with the title escaped', () => {
    expect($('organization > title').text()).toBe(info.title);
    expect(escapeXml('a<b & "c"')).toBe('a&lt;b &amp; &quot;c&quot;');
  });

  it('links the organisation, the item and the SCO resource by identifier', () => {
    const org = $('organizations').attr('default');
    expect($(`organization[identifier="${org}"]`)).toHaveLength(1);
    const ref = $('item').attr('identifierref');
    const resource = $(`resource[identifier="${ref}"]`);
    expect(resource.attr('adlcp:scormtype')).toBe('sco');
    expect(resource.attr('href')).toBe('index.html');
    expect(
      $('resource file')
        .map((_, file) => $(file).attr('href'))
        .get(),
    ).toEqual(info.files);
    expect($('item > adlcp\\:masteryscore').text()).toBe('80');
  });

  it('makes identifiers that are valid XML IDs', () => {
    expect(xmlId('north-macedonia', 'mk')).toBe('vftf-north-macedonia-mk');
    expect(xmlId('a b', 'x/y')).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
  });
});

describe('cmi5 course structure', () => {
  const $ = load(cmi5Manifest(info), { xmlMode: true });

  it('has one course and one AU with IRIs that do not depend on where the site is deployed', () => {
    expect($('course').attr('id')).toBe('urn:voices-from-the-field:definitions:nl');
    expect($('au')).toHaveLength(1);
    expect($('au').attr('id')).toBe(cmi5AuId(info));
    expect($('au').attr('id')).toMatch(/^urn:/);
  });

  it('gives the mastery score, the move-on rule, the launch page and the texts in the locale', () => {
    expect($('au').attr('masteryScore')).toBe('0.80');
    expect($('au').attr('moveOn')).toBe('CompletedAndPassed');
    expect($('au > url').text()).toBe('index.html');
    expect($('au > title > langstring').attr('lang')).toBe('nl');
    expect($('au > title > langstring').text()).toBe(info.title);
  });
});
