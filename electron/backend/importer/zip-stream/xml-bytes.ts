// A minimal pull tokenizer over the UTF-8 bytes of an XML part, for the streaming xlsx reader:
// element tags (local names, attributes read on demand) and text spans, no tree, no validation.
// It works on bytes so that only the texts a caller keeps are ever decoded into strings — a sheet
// of 300,000 rows holds ~180 MB of XML, most of which is never needed — and it can skip an
// element, or the rest of a sheet's rows while counting them, without tokenizing them.

export const enum Tok {
  /** `<name …>` */
  Open,
  /** `</name>` */
  Close,
  /** `<name …/>`: an open immediately followed by its close. */
  Empty,
  /** Character data between tags (entities still encoded) or a CDATA section (raw). */
  Text,
  /** The buffer ends inside a token: feed more bytes, then call `next()` again. */
  More,
  /** Every byte was consumed. */
  Done,
}

/** Tags seen while skipping with `skipCounting`. */
export interface SkipCounts {
  /** `<c …>` and `<c …/>`. */
  cells: number;
  /** `<row …>` with content (not `<row …/>`). */
  rows: number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const LOWER_C = 0x63;
const LOWER_R = 0x72;
const LOWER_O = 0x6f;
const LOWER_W = 0x77;
const CELL = Buffer.from('<c');
const ROW = Buffer.from('<row');
// Bytes kept unscanned at the end of a buffer while skipping, so that no tag is cut in two.
const SKIP_MARGIN = 64;

// Names of up to six bytes (c, v, row, si, rFont…: all the frequent ones) are interned under
// their packed bytes, so that millions of tags do not make millions of strings.
const NAMES = new Map<number, string>();

function nameOf(buf: Buffer, start: number, end: number): string {
  if (end - start > 6) return buf.toString('latin1', start, end);
  let key = end - start;
  for (let i = start; i < end; i++) key = key * 256 + (buf[i] as number);
  let name = NAMES.get(key);
  if (name === undefined) {
    name = buf.toString('latin1', start, end);
    if (NAMES.size < 4096) NAMES.set(key, name);
  }
  return name;
}

/** After `<` or `</`: the end of an optional `prefix:` (the local name's start). */
function localStart(buf: Buffer, n: number, end: number): number {
  for (let k = n; k < end && k < n + 32; k++) {
    const b = buf[k] as number;
    if (b === COLON) return k + 1;
    if (b <= 0x20 || b === SLASH || b === GT) return n;
  }
  return n;
}

const isDelimiter = (b: number | undefined): boolean =>
  b === 0x20 || b === GT || b === SLASH || b === 0x09 || b === 0x0a || b === 0x0d;

export class XmlBytes {
  private buf: Buffer = Buffer.alloc(0);
  private store: Buffer = Buffer.alloc(0);
  private pos = 0;
  private final = false;
  private skipClose: Buffer | null = null;
  private skipCounts: SkipCounts | null = null;
  private lastSkip: Buffer | null = null;
  private skipPrefixed = false;
  /** Local name (prefix dropped) of the last tag. */
  name = '';
  /** Qualified name's byte range of the last tag. */
  private qStart = 0;
  private qEnd = 0;
  /** Byte range of the last tag's attributes, or of the last text. */
  private start = 0;
  private end = 0;
  /** The last text came from a CDATA section: no entities to decode. */
  private cdata = false;

  /** Appends bytes; what was not consumed yet is kept. `last` marks the end of the part. */
  feed(chunk: Uint8Array, last = false): void {
    const rest = this.buf.length - this.pos;
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (rest === 0) {
      this.buf = bytes;
    } else {
      // The unconsumed tail and the new chunk, in one buffer kept from chunk to chunk (a new
      // one per chunk would be as many megabytes of garbage as the part is long).
      const size = rest + bytes.length;
      let store = this.store;
      if (store.length < size) {
        store = Buffer.allocUnsafe(Math.max(size, store.length * 2, 64 * 1024));
        this.buf.copy(store, 0, this.pos);
        this.store = store;
      } else if (this.buf.buffer === store.buffer && this.buf.byteOffset === store.byteOffset) {
        store.copyWithin(0, this.pos, this.buf.length);
      } else {
        this.buf.copy(store, 0, this.pos);
      }
      bytes.copy(store, rest);
      this.buf = store.subarray(0, size);
    }
    this.pos = 0;
    this.final = last;
  }

  next(): Tok {
    if (this.skipClose && !this.skip()) return this.final ? this.stop() : Tok.More;
    const buf = this.buf;
    const len = buf.length;
    const p = this.pos;
    if (p >= len) return this.final ? Tok.Done : Tok.More;
    if (buf[p] !== LT) {
      let lt = buf.indexOf(LT, p);
      if (lt < 0) {
        if (!this.final) return Tok.More;
        lt = len;
      }
      this.start = p;
      this.end = lt;
      this.cdata = false;
      this.pos = lt;
      return Tok.Text;
    }
    const second = buf[p + 1];
    if (second === BANG || second === QUESTION) return this.special(p);
    // Find the closing '>', skipping quoted attribute values (a '>' may appear inside them).
    let q = p + 1;
    let gt = -1;
    while (q < len) {
      const b = buf[q];
      if (b === GT) {
        gt = q;
        break;
      }
      if (b === QUOTE || b === APOS) {
        const closing = buf.indexOf(b as number, q + 1);
        if (closing < 0) break;
        q = closing + 1;
      } else q++;
    }
    if (gt < 0) return this.final ? this.stop() : Tok.More;
    const closing = second === SLASH;
    let n = closing ? p + 2 : p + 1;
    const nameStart = n;
    let local = n;
    for (; n < gt; n++) {
      const b = buf[n] as number;
      if (b <= 0x20 || b === SLASH) break;
      if (b === COLON) local = n + 1;
    }
    this.name = nameStart === n ? '' : nameOf(buf, local, n);
    this.qStart = nameStart;
    this.qEnd = n;
    this.start = n;
    this.pos = gt + 1;
    if (closing) {
      this.end = gt;
      return Tok.Close;
    }
    if (buf[gt - 1] === SLASH) {
      this.end = gt - 1;
      return Tok.Empty;
    }
    this.end = gt;
    return Tok.Open;
  }

  /** Comments, processing instructions, DOCTYPE are skipped; CDATA is text. */
  private special(p: number): Tok {
    const buf = this.buf;
    if (buf.length < p + 9 && !this.final) return Tok.More;
    const cdata = buf.toString('latin1', p, Math.min(buf.length, p + 9)) === '<![CDATA[';
    const comment = buf[p + 2] === 0x2d && buf[p + 3] === 0x2d;
    const terminator = cdata ? ']]>' : comment ? '-->' : buf[p + 1] === QUESTION ? '?>' : '>';
    const from = cdata ? p + 9 : comment ? p + 4 : p + 2;
    const at = buf.indexOf(terminator, from, 'latin1');
    if (at < 0) return this.final ? this.stop() : Tok.More;
    this.pos = at + terminator.length;
    if (!cdata) return this.next();
    this.start = from;
    this.end = at;
    this.cdata = true;
    return Tok.Text;
  }

  private stop(): Tok {
    this.pos = this.buf.length;
    this.skipClose = null;
    return Tok.Done;
  }

  /**
   * Skips the element whose open tag was just read, through its end tag, without tokenizing its
   * content (it must not contain an element of the same name).
   */
  skipElement(): void {
    const last = this.lastSkip;
    const buf = this.buf;
    const length = this.qEnd - this.qStart;
    // The same element is usually skipped again and again (`</si`): reuse its pattern.
    let same = last !== null && last.length === length + 2;
    for (let i = 0; same && i < length; i++) same = last?.[i + 2] === buf[this.qStart + i];
    this.skipClose = same
      ? last
      : Buffer.from(`</${buf.toString('latin1', this.qStart, this.qEnd)}`);
    this.lastSkip = this.skipClose;
    this.skipCounts = null;
  }

  /**
   * Skips the rest of the element whose end tag is `</${qualifiedName}>`, counting cells and
   * rows on the way; the end tag itself is the next token.
   */
  skipCounting(qualifiedName: string, counts: SkipCounts): void {
    this.skipClose = Buffer.from(`</${qualifiedName}`);
    this.skipCounts = counts;
    this.skipPrefixed = qualifiedName.includes(':');
  }

  /** The qualified name of the last tag (`x:sheetData`), for `skipCounting`. */
  qualifiedName(): string {
    return this.buf.toString('latin1', this.qStart, this.qEnd);
  }

  /** Advances over a pending skip; false when the buffer ends first. */
  private skip(): boolean {
    const pattern = this.skipClose as Buffer;
    const buf = this.buf;
    let from = this.pos;
    for (;;) {
      const at = buf.indexOf(pattern, from);
      if (at < 0 || at + pattern.length >= buf.length) {
        // Not here yet: count what is certainly before it, keep the rest for the next chunk.
        const upTo = Math.max(this.pos, buf.length - Math.max(SKIP_MARGIN, pattern.length + 1));
        if (this.skipCounts) this.count(this.pos, upTo);
        this.pos = upTo;
        return false;
      }
      if (!isDelimiter(buf[at + pattern.length])) {
        from = at + 1; // a longer name that starts the same
        continue;
      }
      if (this.skipCounts) {
        this.count(this.pos, at);
        this.pos = at;
      } else {
        const gt = buf.indexOf(GT, at);
        if (gt < 0) {
          this.pos = at;
          return false;
        }
        this.pos = gt + 1;
      }
      this.skipClose = null;
      this.skipCounts = null;
      return true;
    }
  }

  /** Counts `<c` and non-empty `<row` tags in a byte range (any prefix). */
  private count(from: number, to: number): void {
    const buf = this.buf;
    const counts = this.skipCounts as SkipCounts;
    if (!this.skipPrefixed) {
      // Without prefixes the two tags are found by the native search: several times faster.
      // A tag is counted where its '<' is: one that starts before `to` may end after it.
      const part = buf.subarray(0, Math.min(buf.length, to + 4));
      for (let i = part.indexOf(CELL, from); i >= 0 && i < to; i = part.indexOf(CELL, i + 2)) {
        if (isDelimiter(buf[i + 2])) counts.cells++;
      }
      for (let i = part.indexOf(ROW, from); i >= 0 && i < to; i = part.indexOf(ROW, i + 4)) {
        if (!isDelimiter(buf[i + 4])) continue;
        const gt = buf.indexOf(GT, i);
        if (gt > 0 && buf[gt - 1] !== SLASH) counts.rows++;
      }
      return;
    }
    for (let i = from; i < to; i++) {
      if (buf[i] !== LT) continue;
      let n = i + 1;
      const first = buf[n];
      if (first === SLASH || first === BANG || first === QUESTION) continue;
      if (first !== LOWER_C && first !== LOWER_R) n = localStart(buf, n, buf.length);
      const b = buf[n];
      if (b === LOWER_C && isDelimiter(buf[n + 1])) counts.cells++;
      else if (
        b === LOWER_R &&
        buf[n + 1] === LOWER_O &&
        buf[n + 2] === LOWER_W &&
        isDelimiter(buf[n + 3])
      ) {
        const gt = buf.indexOf(GT, n);
        if (gt > 0 && buf[gt - 1] !== SLASH) counts.rows++;
      }
    }
  }

  /** The last text, decoded (UTF-8, XML entities). */
  text(): string {
    const s = this.buf.toString('utf8', this.start, this.end);
    return this.cdata || !s.includes('&') ? s : decodeEntities(s);
  }

  /** An attribute of the last tag by local name (`r:id` → `id`), decoded; null when absent. */
  attr(name: string): string | null {
    const buf = this.buf;
    const end = this.end;
    let p = this.start;
    while (p < end) {
      while (p < end && (buf[p] as number) <= 0x20) p++;
      const nameStart = p;
      let local = p;
      while (p < end && buf[p] !== EQUALS && (buf[p] as number) > 0x20) {
        if (buf[p] === COLON) local = p + 1;
        p++;
      }
      const nameEnd = p;
      while (p < end && buf[p] !== QUOTE && buf[p] !== APOS) p++;
      if (p >= end) return null;
      const quote = buf[p] as number;
      const valueEnd = buf.indexOf(quote, p + 1);
      if (valueEnd < 0 || valueEnd > end) return null;
      if (sameName(buf, local, nameEnd, name)) {
        const v = buf.toString('utf8', p + 1, valueEnd);
        return v.includes('&') ? decodeEntities(v) : v;
      }
      if (nameEnd === nameStart) return null;
      p = valueEnd + 1;
    }
    return null;
  }
}

function sameName(buf: Buffer, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
