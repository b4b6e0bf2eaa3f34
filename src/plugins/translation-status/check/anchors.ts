import { docHeadings } from '../../quizzes/headings';

/**
 * A translated page with each heading ending in the anchor of its English
 * counterpart, `## Drie elementen {/* #three-elements *\/}`, so that every
 * link to a section (quizzes, the glossary, other pages) works in every
 * locale. Headings are matched by position; a page whose headings do not
 * match the English in number and levels is returned unchanged, with the
 * reason, for the translator to fix first.
 */
export function withEnglishAnchors(
  translated: string,
  english: string,
): { text: string; changed: number; problem?: string } {
  const source = docHeadings(english);
  const target = docHeadings(translated);
  if (
    source.length !== target.length ||
    source.some((heading, index) => heading.depth !== target[index]!.depth)
  )
    return {
      text: translated,
      changed: 0,
      problem: `its headings do not match the English (${target.length} against ${source.length}, or other levels)`,
    };
  let index = -1;
  let changed = 0;
  let inFence = false;
  const lines = translated.split('\n');
  let inFrontMatter = lines[0] === '---';
  const text = lines
    .map((line, lineIndex) => {
      if (inFrontMatter) {
        if (lineIndex > 0 && line === '---') inFrontMatter = false;
        return line;
      }
      if (/^ {0,3}(`{3,}|~{3,})/.test(line)) inFence = !inFence;
      if (inFence) return line;
      const heading = /^( {0,3}#{1,6}[ \t]+)(.+?)[ \t]*$/.exec(line);
      if (!heading) return line;
      index += 1;
      const anchor = source[index]!.anchor;
      if (target[index]!.anchor === anchor) return line;
      changed += 1;
      const withoutId = heading[2]!.replace(/\s*\{\/\*\s*#[^*]*\*\/\}$|\s*\{#[^}]*\}$/, '');
      return `${heading[1]}${withoutId} {/* #${anchor} */}`;
    })
    .join('\n');
  return { text, changed };
}
