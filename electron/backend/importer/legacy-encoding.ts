// Legacy Vietnamese font encodings still found in government spreadsheets: TCVN3 (ABC, fonts
// `.VnTime`, `.VnArial`…) and VNI (`VNI-Times`…). Such text is stored as Latin-1 characters that only
// look Vietnamese through the special font; we map them back to Unicode (NFC).

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** TCVN3 "H" fonts (`.VnTimeH`) draw the lower-case codes as capitals. */
  upperCase: boolean;
}

/** The legacy encoding a font name implies, or null for an ordinary (Unicode) font. */
export function legacyFontOf(fontName: string | null | undefined): LegacyFont | null {
  if (!fontName) return null;
  const name = fontName.trim();
  if (name.startsWith('.Vn') || name.startsWith('.VN')) {
    return { encoding: 'tcvn3', upperCase: name.endsWith('H') };
  }
  if (/^VNI[-_ ]/i.test(name)) return { encoding: 'vni', upperCase: false };
  return null;
}

// Combining marks, so the tables below are built by NFC composition rather than typed by hand.
const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
/** Tone order used by both code charts' rows: sắc, huyền, hỏi, ngã, nặng. */
const TONES_SHGNN = [ACUTE, GRAVE, HOOK, TILDE, DOT] as const;

function compose(base: string, tone: string): string {
  return (base + tone).normalize('NFC');
}

// ---------------------------------------------------------------------------------------------
// TCVN3 (TCVN 5712:1993, VN3): one byte per letter; Excel stores each byte as the Latin-1 character
// with that code. Per base vowel, the chart lists the toned letters in the order
// huyền, hỏi, ngã, sắc, nặng (e.g. a: B5 à, B6 ả, B7 ã, B8 á, B9 ạ).

const TCVN3_TONE_ORDER = [GRAVE, HOOK, TILDE, ACUTE, DOT] as const;

/** Base letter → the five codes of its toned forms, in TCVN3_TONE_ORDER. */
const TCVN3_TONED: ReadonlyArray<[string, readonly number[]]> = [
  ['a', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** Letters without a tone: capitals A1–A7, lower case A8–AE (AD, the soft hyphen, is ư). */
const TCVN3_PLAIN: ReadonlyArray<[number, string]> = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xa8, 'ă'],
  [0xa9, 'â'],
  [0xaa, 'ê'],
  [0xab, 'ô'],
  [0xac, 'ơ'],
  [0xad, 'ư'],
  [0xae, 'đ'],
];

const TCVN3_MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [code, letter] of TCVN3_PLAIN) map.set(String.fromCharCode(code), letter);
  for (const [base, codes] of TCVN3_TONED) {
    codes.forEach((code, i) => {
      map.set(String.fromCharCode(code), compose(base, TCVN3_TONE_ORDER[i] ?? ''));
    });
  }
  return map;
})();

/** True when the text has a character outside Latin-1, i.e. it is already real Unicode. */
function hasNonLatin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return true;
  return false;
}

/**
 * TCVN3 text (as stored by Excel under a `.Vn…` font) to Unicode NFC:
 * `Së Khoa häc vµ C«ng nghÖ` → `Sở Khoa học và Công nghệ`. With `upperCase` (the `.VnTimeH` fonts,
 * which draw every lower-case code as a capital) the result is upper-cased.
 */
export function tcvn3ToUnicode(s: string, options?: { upperCase?: boolean }): string {
  let out = '';
  for (const ch of s) out += TCVN3_MAP.get(ch) ?? ch;
  out = out.normalize('NFC');
  return options?.upperCase ? out.toUpperCase() : out;
}

// ---------------------------------------------------------------------------------------------
// VNI (VNI-Windows): a base letter followed by a modifier character; ơ, ư, đ and some toned i/y
// have codes of their own. Capitals use the modifier 0x20 lower (Ù instead of ù).

const VNI_TONE_MODS = ['ù', 'ø', 'û', 'õ', 'ï']; // sắc, huyền, hỏi, ngã, nặng
const VNI_CIRC_MODS = ['â', 'á', 'à', 'å', 'ã', 'ä']; // ^ then ^ with the five tones
const VNI_BREVE_MODS = ['ê', 'é', 'è', 'ú', 'ü', 'ë']; // ˘ then ˘ with the five tones

/** Code → letter for characters that stand alone (lower-case forms; capitals derived). */
const VNI_SINGLE_LOWER: ReadonlyArray<[string, string]> = [
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['ñ', 'đ'],
  ['í', 'í'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
];

const VNI_PAIRS = new Map<string, string>();
const VNI_SINGLES = new Map<string, string>();

(() => {
  // Pairs are stored in lower case; lookups fold the pair to lower case and restore the base's case.
  const addTones = (code: string, letter: string): void => {
    VNI_TONE_MODS.forEach((mod, i) =>
      VNI_PAIRS.set(code + mod, compose(letter, TONES_SHGNN[i] ?? '')),
    );
  };
  for (const v of ['a', 'e', 'o', 'u', 'y']) addTones(v, v);
  addTones('ô', 'ơ');
  addTones('ö', 'ư');
  const addSeries = (base: string, mods: string[], mark: string): void => {
    const marked = compose(base, mark);
    VNI_PAIRS.set(base + (mods[0] ?? ''), marked);
    mods
      .slice(1)
      .forEach((mod, i) => VNI_PAIRS.set(base + mod, compose(marked, TONES_SHGNN[i] ?? '')));
  };
  for (const v of ['a', 'e', 'o']) addSeries(v, VNI_CIRC_MODS, '\u0302');
  addSeries('a', VNI_BREVE_MODS, '\u0306');
  for (const [code, letter] of VNI_SINGLE_LOWER) {
    VNI_SINGLES.set(code, letter);
    VNI_SINGLES.set(code.toUpperCase(), letter.toUpperCase());
  }
})();

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/**
 * VNI text (as stored by Excel under a `VNI-…` font) to Unicode NFC:
 * `Sôû Khoa hoïc vaø Coâng ngheä` → `Sở Khoa học và Công nghệ`.
 */
export function vniToUnicode(s: string): string {
  const chars = Array.from(s);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const next = chars[i + 1];
    if (next !== undefined) {
      const pair = VNI_PAIRS.get((ch + next).toLowerCase());
      if (pair !== undefined) {
        // The base letter decides the case; typists mix upper- and lower-case modifiers.
        out += isUpper(ch) ? pair.toUpperCase() : pair;
        i++;
        continue;
      }
    }
    out += VNI_SINGLES.get(ch) ?? ch;
  }
  return out.normalize('NFC');
}

/**
 * Converts one piece of text written under `font`; null when nothing needs converting: the font is
 * not a legacy one, or the text already holds real Unicode Vietnamese (characters beyond Latin-1,
 * which the legacy font cannot draw, so the author was not typing in the legacy encoding).
 */
export function convertLegacyText(text: string, font: LegacyFont): string | null {
  if (hasNonLatin1(text)) return null;
  const converted =
    font.encoding === 'tcvn3'
      ? tcvn3ToUnicode(text, { upperCase: font.upperCase })
      : vniToUnicode(text);
  return converted === text ? null : converted;
}
