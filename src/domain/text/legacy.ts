/**
 * Old Vietnamese 8-bit encodings (TCVN3 "ABC" for the .VnTime fonts, and VNI Windows) that show as
 * garbage once a file is opened without the old fonts: detection and conversion to Unicode. Pure.
 *
 * Covered: TCVN3 (TCVN 5712:1993, VN3 table) — every lowercase letter with its tone, plus the seven
 * capitals the table has (Ă Â Đ Ê Ô Ơ Ư). Capitals with a tone mark have no code of their own: they were
 * typed with the .VnTimeH fonts on the lowercase codes, so a word whose plain letters are all capitals is
 * converted to capitals ("TR­êNG" → "TRƯỜNG"); a lone toned capital in a mixed-case word comes out in
 * lowercase. "ư" is also read from U+2212 (the minus sign that PDF and some copy-paste paths give for
 * its soft-hyphen code). VNI Windows — base letter followed by its mark characters, both cases.
 * Not covered: VN1/VN2 tables (codes below 0x20), VIQR, VPS and other encodings.
 *
 * Detection is built for a very low false-positive rate on Unicode text: a text is legacy only when it
 * has no letter that exists only in Unicode Vietnamese (ă đ ơ ư ĩ ũ, U+1EA0–U+1EF9, combining marks),
 * has a character that is not a Vietnamese letter inside a word with plain letters, and at least 80% of
 * the words it changes become Vietnamese syllables. Text whose only marks are acute or tilde looks like
 * Unicode and is left alone. When both tables fit equally (a very short text, "öu"), the one that keeps
 * word-initial capitals wins, then TCVN3, the commoner encoding in administrative files.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

// TCVN3 VN3: Unicode letter ← legacy character (as the byte reads in Latin-1).
const tcvn3Pairs: readonly (readonly [string, string])[] = [
  ['à', 'µ'], ['á', '¸'], ['ả', '¶'], ['ã', '·'], ['ạ', '¹'],
  ['ă', '¨'], ['ằ', '»'], ['ắ', '¾'], ['ẳ', '¼'], ['ẵ', '½'], ['ặ', 'Æ'],
  ['â', '©'], ['ầ', 'Ç'], ['ấ', 'Ê'], ['ẩ', 'È'], ['ẫ', 'É'], ['ậ', 'Ë'],
  ['đ', '®'],
  ['è', 'Ì'], ['é', 'Ð'], ['ẻ', 'Î'], ['ẽ', 'Ï'], ['ẹ', 'Ñ'],
  ['ê', 'ª'], ['ề', 'Ò'], ['ế', 'Õ'], ['ể', 'Ó'], ['ễ', 'Ô'], ['ệ', 'Ö'],
  ['ì', '×'], ['í', 'Ý'], ['ỉ', 'Ø'], ['ĩ', 'Ü'], ['ị', 'Þ'],
  ['ò', 'ß'], ['ó', 'ã'], ['ỏ', 'á'], ['õ', 'â'], ['ọ', 'ä'],
  ['ô', '«'], ['ồ', 'å'], ['ố', 'è'], ['ổ', 'æ'], ['ỗ', 'ç'], ['ộ', 'é'],
  ['ơ', '¬'], ['ờ', 'ê'], ['ớ', 'í'], ['ở', 'ë'], ['ỡ', 'ì'], ['ợ', 'î'],
  ['ù', 'ï'], ['ú', 'ó'], ['ủ', 'ñ'], ['ũ', 'ò'], ['ụ', 'ô'],
  ['ư', '\u00ad'], ['ư', '\u2212'], ['ừ', 'õ'], ['ứ', 'ø'], ['ử', 'ö'], ['ữ', '÷'], ['ự', 'ù'],
  ['ỳ', 'ú'], ['ý', 'ý'], ['ỷ', 'û'], ['ỹ', 'ü'], ['ỵ', 'þ'],
  ['Ă', '¡'], ['Â', '¢'], ['Đ', '§'], ['Ê', '£'], ['Ô', '¤'], ['Ơ', '¥'], ['Ư', '¦'],
];

const tcvn3Map: ReadonlyMap<string, string> = new Map(tcvn3Pairs.map(([unicode, legacy]) => [legacy, unicode]));

// VNI Windows: a Vietnamese letter is its base letter followed by mark characters.
const vniTones = { acute: 'ù', grave: 'ø', hook: 'û', tilde: 'õ', dot: 'ï' } as const;
type Tone = keyof typeof vniTones;
const tones: readonly Tone[] = ['acute', 'grave', 'hook', 'tilde', 'dot'];
const vniCircumflexTones: Record<Tone, string> = { acute: 'á', grave: 'à', hook: 'å', tilde: 'ã', dot: 'ä' };
const vniBreveTones: Record<Tone, string> = { acute: 'é', grave: 'è', hook: 'ú', tilde: 'ü', dot: 'ë' };
const combiningTone: Record<Tone, string> = { acute: '\u0301', grave: '\u0300', hook: '\u0309', tilde: '\u0303', dot: '\u0323' };

function buildVniMap(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (legacy: string, unicode: string): void => {
    map.set(legacy, unicode.normalize('NFC'));
    map.set(legacy.toUpperCase(), unicode.toUpperCase().normalize('NFC'));
  };
  for (const vowel of ['a', 'e', 'o', 'u', 'y']) {
    for (const tone of tones) add(vowel + vniTones[tone], vowel + combiningTone[tone]);
  }
  // i has single-character forms; ỵ too.
  add('í', 'í');
  add('ì', 'ì');
  add('æ', 'ỉ');
  add('ó', 'ĩ');
  add('ò', 'ị');
  add('î', 'ỵ');
  for (const vowel of ['a', 'e', 'o']) {
    add(`${vowel}â`, `${vowel}\u0302`);
    for (const tone of tones) add(vowel + vniCircumflexTones[tone], `${vowel}\u0302${combiningTone[tone]}`);
  }
  add('aê', 'ă');
  for (const tone of tones) add(`a${vniBreveTones[tone]}`, `ă${combiningTone[tone]}`);
  for (const [legacy, horned] of [['ô', 'ơ'], ['ö', 'ư']] as const) {
    add(legacy, horned);
    for (const tone of tones) add(legacy + vniTones[tone], horned + combiningTone[tone]);
  }
  add('ñ', 'đ');
  return map;
}

const vniMap: ReadonlyMap<string, string> = buildVniMap();

/** Letters only Unicode Vietnamese has: their presence means the text is not legacy. */
const unicodeOnly = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{Mn}/u;
/** Characters of each table that are not letters of Unicode Vietnamese (so strong evidence when inside a word). */
const vietnameseLatin1 = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';
const tcvn3Strong = new Set([...tcvn3Map.keys()].filter((c) => !vietnameseLatin1.includes(c)));
const vniMarks = new Set([...vniMap.keys()].flatMap((k) => [...k]).filter((c) => !/[a-zA-Z]/.test(c)));
const vniStrong = new Set([...vniMarks].filter((c) => !vietnameseLatin1.includes(c)));

const escapeClass = (chars: Iterable<string>): string => [...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
/** Quick test: a legacy text has at least one character that is not a letter of Unicode Vietnamese. */
const anyStrong = new RegExp(`[${escapeClass(new Set([...tcvn3Strong, ...vniStrong]))}]`);

const isAsciiLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

interface Table {
  readonly encoding: LegacyEncoding;
  readonly wordChar: (c: string) => boolean;
  readonly strong: ReadonlySet<string>;
  readonly convertWord: (word: string) => string;
}

function convertTcvn3Word(word: string): string {
  let out = '';
  let plainLetters = 0;
  let plainCapitals = 0;
  for (const c of word) {
    const mapped = tcvn3Map.get(c);
    if (mapped !== undefined) out += mapped;
    else {
      out += c;
      if (isAsciiLetter(c)) {
        plainLetters++;
        if (c <= 'Z') plainCapitals++;
      }
    }
  }
  // .VnTimeH: capitals typed on lowercase codes; a word of plain capitals is a word of capitals
  // ("TR­êNG", "§¹I"), but a single leading capital is title case ("C¸ nh©n").
  const allCapitals = plainLetters > 0 && plainCapitals === plainLetters;
  const titleCase = plainLetters === 1 && isAsciiLetter(word.charAt(0));
  return allCapitals && !titleCase ? out.toUpperCase() : out;
}

function convertVniWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const two = vniMap.get(word.slice(i, i + 2));
    if (two !== undefined) {
      out += two;
      i++;
      continue;
    }
    const c = word.charAt(i);
    out += vniMap.get(c) ?? c;
  }
  return out;
}

const tcvn3Table: Table = { encoding: 'tcvn3', wordChar: (c) => isAsciiLetter(c) || tcvn3Map.has(c), strong: tcvn3Strong, convertWord: convertTcvn3Word };
const vniTable: Table = { encoding: 'vni', wordChar: (c) => isAsciiLetter(c) || vniMarks.has(c), strong: vniStrong, convertWord: convertVniWord };
/** In order of preference on a tie. */
const tables: readonly Table[] = [tcvn3Table, vniTable];

// A Vietnamese syllable: optional initial consonant(s), a vowel nucleus Vietnamese has, optional final.
const nuclei = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'ưa', 'ưi', 'ưu', 'ươ', 'uy', 'yê',
  'iêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uyê', 'uya', 'uyu', 'yêu',
];
const initial = '(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?';
// "nh" and "ch" close only a nucleus ending in a, ê, i or y (anh, ênh, inh, uych); others take the rest.
const syllable = new RegExp(
  `^${initial}(?:(${nuclei.join('|')})(ng|[cmnptk])?|(${nuclei.filter((n) => /[aêiy]$/.test(n)).join('|')})(ch|nh))$`,
);
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Whether a converted word reads as one Vietnamese syllable with at most one tone mark. */
function isSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const toneCount = decomposed.match(toneMarks)?.length ?? 0;
  if (toneCount > 1) return false;
  return syllable.test(decomposed.replace(toneMarks, '').normalize('NFC'));
}

function splitWords(text: string, table: Table): { words: string[]; separators: string[] } {
  const words: string[] = [];
  const separators: string[] = [];
  let word = '';
  let sep = '';
  for (const c of text) {
    if (table.wordChar(c)) {
      if (word === '') {
        separators.push(sep);
        sep = '';
      }
      word += c;
    } else {
      if (word !== '') {
        words.push(word);
        word = '';
      }
      sep += c;
    }
  }
  if (word !== '') words.push(word);
  separators.push(sep);
  return { words, separators };
}

interface Trial {
  readonly encoding: LegacyEncoding;
  readonly converted: string;
  readonly valid: number;
  readonly changed: number;
  /** Word-initial capitals the conversion turned into lowercase letters (a sign of the wrong table). */
  readonly lostCapitals: number;
}

function tryTable(text: string, table: Table): Trial | undefined {
  const { words, separators } = splitWords(text, table);
  let evidence = false;
  let valid = 0;
  let changed = 0;
  let lostCapitals = 0;
  let out = separators[0] ?? '';
  words.forEach((word, i) => {
    const converted = table.convertWord(word);
    if (converted !== word) {
      changed++;
      if (isSyllable(converted)) valid++;
      const first = word.charAt(0);
      const firstConverted = converted.charAt(0);
      if (first !== first.toLowerCase() && firstConverted === firstConverted.toLowerCase()) lostCapitals++;
      // Strong evidence: a non-Vietnamese character inside a word that also has plain letters.
      if (!evidence && [...word].some(isAsciiLetter) && [...word].some((c) => table.strong.has(c))) evidence = true;
    }
    out += converted + (separators[i + 1] ?? '');
  });
  if (!evidence || valid === 0 || valid < 0.8 * changed) return undefined;
  return { encoding: table.encoding, converted: out, valid, changed, lostCapitals };
}

/** More of its words are syllables; on a tie, fewer lost capitals ("Öu" is VNI "Ưu", not TCVN3 "ệu"). */
function better(a: Trial, b: Trial): boolean {
  const ra = a.valid / a.changed;
  const rb = b.valid / b.changed;
  return ra > rb || (ra === rb && a.lostCapitals < b.lostCapitals);
}

/**
 * The legacy encoding a text is in, with its Unicode form; undefined for Unicode (or plain ASCII) text.
 * A text is legacy only when it has no letter that exists only in Unicode Vietnamese, has a character
 * that is not a Vietnamese letter inside a word, and converts to words that are Vietnamese syllables.
 */
export function decodeLegacy(text: string): { encoding: LegacyEncoding; converted: string } | undefined {
  if (!anyStrong.test(text) || unicodeOnly.test(text)) return undefined;
  let best: Trial | undefined;
  for (const table of tables) {
    const trial = tryTable(text, table);
    if (trial && (!best || better(trial, best))) best = trial;
  }
  return best && { encoding: best.encoding, converted: best.converted.normalize('NFC') };
}

/** Whether the text looks like TCVN3 or VNI rather than Unicode. */
export function detectLegacy(text: string): boolean {
  return decodeLegacy(text) !== undefined;
}

/** The text in Unicode: converted when it is detected as TCVN3 or VNI, unchanged otherwise. */
export function convertLegacy(text: string): string {
  return decodeLegacy(text)?.converted ?? text;
}

function convertWith(table: Table, text: string): string {
  const { words, separators } = splitWords(text, table);
  return words.reduce((out, word, i) => out + table.convertWord(word) + (separators[i + 1] ?? ''), separators[0] ?? '').normalize('NFC');
}

/** Converts TCVN3 text without detection (for callers that know the encoding). */
export function fromTcvn3(text: string): string {
  return convertWith(tcvn3Table, text);
}

/** Converts VNI Windows text without detection. */
export function fromVni(text: string): string {
  return convertWith(vniTable, text);
}
