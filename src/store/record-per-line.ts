/**
 * About how much text one write of a big file takes: the file is never one big string, and
 * generating a chunk blocks the event loop only briefly (a compaction runs beside the writes).
 */
const CHUNK_CHARS = 1 << 16;

/**
 * JSON text of an object with one record per line: each item of a top-level array and each
 * entry of a top-level object (e.g. `state`) on a line of its own. A third smaller than
 * pretty-printing, still easy to read and to diff. Yields chunks of about 64 KB.
 */
export function* recordPerLine(data: object): Generator<string> {
  let chunk = '{';
  let separator = '';
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    chunk += `${separator}\n  ${JSON.stringify(key)}: `;
    separator = ',';
    const count = Array.isArray(value) ? value.length : isObject(value) ? Object.values(value).filter((v) => v !== undefined).length : 0;
    if (count === 0) {
      chunk += json(value);
      continue;
    }
    chunk += Array.isArray(value) ? '[' : '{';
    let first = true;
    for (const line of recordLines(value as unknown[] | Record<string, unknown>)) {
      chunk += `${first ? '' : ','}\n    ${line}`;
      first = false;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
    chunk += `\n  ${Array.isArray(value) ? ']' : '}'}`;
  }
  yield `${chunk}\n}\n`;
}

function* recordLines(value: unknown[] | Record<string, unknown>): Generator<string> {
  if (Array.isArray(value)) for (const item of value) yield json(item);
  else for (const [key, item] of Object.entries(value)) if (item !== undefined) yield `${JSON.stringify(key)}: ${json(item)}`;
}

/** JSON.stringify, with undefined written as null as JSON.stringify does inside arrays. */
const json = (value: unknown): string => JSON.stringify(value) ?? 'null';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A key set as JSON.parse sets it: an own property, even "__proto__". */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * Reads back the text of `recordPerLine` in pieces of whole lines, the records of a section
 * parsed a piece at a time: a big file is never one big string (a 20 MB string lives until a
 * full GC). Text that does not fit that layout throws SyntaxError, so a caller can fall back
 * to JSON.parse. As long as it does not throw, it gives exactly what JSON.parse gives: a
 * section's records are JSON values separated by commas, which a cut between two lines (two
 * records) keeps apart.
 */
export class RecordLineReader {
  private readonly data: Record<string, unknown> = {};
  private started = false;
  /** The section whose records the next lines hold, if any. */
  private open: unknown[] | Record<string, unknown> | undefined;
  /** The last key or section had no comma after it: nothing may follow. */
  private ended = false;

  /** Takes the next whole lines: `text` ends with a newline, except the last piece, which ends where the object's last value does. */
  next(text: string): void {
    let at = 0;
    if (!this.started) {
      if (!text.startsWith('{\n') && text !== '{') throw new SyntaxError('not an object with one key per line');
      this.started = true;
      at = 2;
    }
    while (at < text.length) at = this.open ? this.records(this.open, text, at) : this.key(text, at);
  }

  /** The object, once the line before its closing brace was read (the seal is not part of it). */
  finish(): Record<string, unknown> {
    if (!this.started || this.open) throw new SyntaxError('the text ends inside a section');
    return this.data;
  }

  /** A top-level key on the line at `at`: a value, or the start of a section. Returns where the next line starts. */
  private key(text: string, at: number): number {
    const end = lineEnd(text, at);
    if (this.ended || !text.startsWith('  "', at)) throw new SyntaxError('not a key');
    const body = this.withoutComma(text.slice(at + 2, end));
    const opener = body.at(-1);
    // A value on its line never ends with "[" or "{": this opens a section of records.
    if ((opener === '[' || opener === '{') && body.endsWith(`: ${opener}`)) {
      const key = JSON.parse(body.slice(0, -3)) as unknown;
      if (typeof key !== 'string') throw new SyntaxError('not a key');
      this.open = opener === '[' ? [] : {};
      this.ended = false;
      setOwn(this.data, key, this.open);
    } else {
      const entry = JSON.parse(`{${body}}`) as Record<string, unknown>;
      for (const name of Object.keys(entry)) setOwn(this.data, name, entry[name]);
    }
    return end + 1;
  }

  /** The records from `at` up to the end of the section or of `text`, parsed at once. Returns where the next line starts. */
  private records(section: unknown[] | Record<string, unknown>, text: string, at: number): number {
    const list = Array.isArray(section);
    const close = list ? '  ]' : '  }';
    if (text.startsWith(close, at)) {
      const end = lineEnd(text, at);
      // The record before had no comma (`ended`), and the line is the closing bracket with or without one.
      if (!this.ended || this.withoutComma(text.slice(at + 2, end)) !== close.slice(2)) throw new SyntaxError('not the end of a section');
      this.open = undefined;
      return end + 1;
    }
    if (this.ended) throw new SyntaxError('a record after the last one');
    const closing = text.indexOf(`\n${close}`, at);
    const end = closing === -1 ? text.length : closing + 1;
    // Cut at the end of the text: the last record here has its comma, unless the next line closes the section.
    this.ended = closing !== -1 || !text.endsWith(',\n');
    const run = text.slice(at, closing !== -1 ? closing : this.ended ? -1 : -2);
    const parsed = JSON.parse(list ? `[${run}]` : `{${run}}`) as unknown[] | Record<string, unknown>;
    if (Array.isArray(section)) for (const record of parsed as unknown[]) section.push(record);
    else for (const name of Object.keys(parsed)) setOwn(section, name, (parsed as Record<string, unknown>)[name]);
    return end;
  }

  /** The text without the comma that separates it from the next key (a JSON value never ends with one). */
  private withoutComma(text: string): string {
    this.ended = !text.endsWith(',');
    return this.ended ? text : text.slice(0, -1);
  }
}

/** Where the line starting at `at` ends (its newline, or the end of the text). */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}
