import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type * as z from 'zod';

/**
 * Shared by the data plugins (quizzes, handouts): reading YAML files and
 * turning every problem into "file → field: what to do", so that a malformed
 * file fails the build with a message a content author can act on.
 */
export interface DataProblem {
  /** File relative to the site, e.g. quizzes/definitions/en.yaml */
  readonly file: string;
  /** Path of the field, e.g. questions.2.correct */
  readonly field: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

export class DataError extends Error {
  constructor(
    readonly problems: readonly DataProblem[],
    what: string,
    guide: string,
  ) {
    super(
      `Invalid ${what} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p.file} → ${p.field}: ${p.message}`).join('\n') +
        `\n${guide}`,
    );
  }
}

/** A path relative to the site, with forward slashes. */
export const siteRelative = (siteDir: string, file: string) =>
  path.relative(siteDir, file).split(path.sep).join('/');

/** Parses a YAML file; on a syntax error records a problem and returns undefined. */
export function readYamlFile(siteDir: string, file: string, problems: DataProblem[]): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({
      file: siteRelative(siteDir, file),
      field: '(file)',
      message: `not valid YAML: ${(error as Error).message.split('\n')[0]}. Quote text that contains ": " or starts with a special character.`,
    });
    return undefined;
  }
}

export function zodProblems(file: string, error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length > 0 ? issue.path.join('.') : '(top level)',
    message: issue.message,
  }));
}
