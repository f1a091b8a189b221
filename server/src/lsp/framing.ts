/**
 * Reads LSP messages (`Content-Length` framing, UTF-8 JSON bodies) from a stream and survives a client
 * that sends bad bytes. The stock reader loses the frame for good after one bad header (every later
 * header is read as part of the previous body); this one drops only the broken message and finds the
 * next `Content-Length:` header. A JSON body can never hold `Content-Length: <digits>` followed by a raw
 * CR (JSON strings escape control characters), so such a match inside a body means the length lied.
 */
import { AbstractMessageReader, Disposable, type DataCallback, type Message, type MessageReader } from 'vscode-languageserver/node';

/** Larger bodies are refused (the frame is dropped): 256 MiB, far above the 10 MiB file limit. */
export const MAX_BODY = 256 * 1024 * 1024;
/** A header block longer than this is not a header. */
const MAX_HEADER = 8 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const HEADER_START = /content-length:[ \t]*\d+[ \t]*\r\n/gi;

export class ResyncingMessageReader extends AbstractMessageReader implements MessageReader {
  /** Bytes received and not yet read, in arrival order (joined only when a message is complete). */
  private chunks: Buffer[] = [];
  private size = 0;
  /** Length of the body being read, or -1 while reading headers. */
  private bodyLength = -1;
  private callback: DataCallback | undefined;

  constructor(private readonly input: NodeJS.ReadableStream, private readonly maxBody = MAX_BODY) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (data: Buffer | string) => this.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    const onError = (e: unknown) => this.fireError(e);
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('end', onClose);
    this.input.on('close', onClose);
    return Disposable.create(() => {
      this.callback = undefined;
      this.input.off('data', onData);
      this.input.off('error', onError);
      this.input.off('end', onClose);
      this.input.off('close', onClose);
    });
  }

  /** Feed bytes (public for tests). */
  push(data: Buffer): void {
    if (data.length === 0) return;
    try {
      if (this.bodyLength >= 0 && this.size + data.length < this.bodyLength) {
        // Still waiting for the body; but a header in what arrived says the length was too long.
        const tail = this.tail(40);
        const stray = nextHeader(Buffer.concat([tail, data]), 0);
        this.append(data);
        if (stray < 0) return;
        this.bodyLength = -1;
        this.skipTo(this.size - data.length - tail.length + stray, 'a message shorter than its Content-Length');
      } else {
        this.append(data);
      }
      this.drain();
    } catch (e) {
      // Never let a framing problem escape into the stream's event handler.
      this.fireError(e);
      this.chunks = [];
      this.size = 0;
      this.bodyLength = -1;
    }
  }

  private append(data: Buffer): void {
    this.chunks.push(data);
    this.size += data.length;
  }

  private flat(): Buffer {
    if (this.chunks.length !== 1) this.chunks = [this.chunks.length ? Buffer.concat(this.chunks, this.size) : Buffer.alloc(0)];
    return this.chunks[0];
  }

  private set(buf: Buffer): void {
    this.chunks = buf.length ? [buf] : [];
    this.size = buf.length;
  }

  /** The last n bytes received, without joining the chunks. */
  private tail(n: number): Buffer {
    const parts: Buffer[] = [];
    let got = 0;
    for (let i = this.chunks.length - 1; i >= 0 && got < n; i--) {
      const c = this.chunks[i];
      const take = c.subarray(Math.max(0, c.length - (n - got)));
      parts.unshift(take);
      got += take.length;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  private drain(): void {
    for (;;) {
      if (this.bodyLength < 0) {
        const buf = this.flat();
        const end = buf.indexOf(HEADER_END);
        if (end < 0) {
          if (buf.length > MAX_HEADER) this.skipTo(nextHeader(buf, 1), 'bytes that are not a message header');
          return;
        }
        const length = end <= MAX_HEADER ? contentLength(buf.subarray(0, end).toString('latin1')) : undefined;
        if (length === undefined || length > this.maxBody) {
          const why = length === undefined ? `a header without a valid Content-Length: ${JSON.stringify(buf.subarray(0, Math.min(end, 80)).toString('latin1'))}` : `a body of ${length} bytes (the limit is ${this.maxBody})`;
          const next = nextHeader(buf, 1);
          this.skipTo(next >= 0 ? next : end + HEADER_END.length, why);
          continue;
        }
        this.set(buf.subarray(end + HEADER_END.length));
        this.bodyLength = length;
        // A header already received inside the body says the length was too long.
        const stray = this.size < length ? nextHeader(this.flat(), 0) : -1;
        if (stray >= 0) {
          this.bodyLength = -1;
          this.skipTo(stray, 'a message shorter than its Content-Length');
          continue;
        }
      }
      if (this.size < this.bodyLength) return;
      const buf = this.flat();
      const body = buf.subarray(0, this.bodyLength);
      this.set(buf.subarray(this.bodyLength));
      this.bodyLength = -1;
      let message: unknown;
      try {
        message = JSON.parse(body.toString('utf8'));
      } catch (e) {
        const stray = nextHeader(body, 0);
        // A too-long length swallowed the next message's header: give that message back.
        if (stray >= 0) this.set(Buffer.concat([body.subarray(stray), this.flat()]));
        this.fireError(new Error(`Dropped a message whose body is not JSON (${e instanceof Error ? e.message : String(e)}).`));
        continue;
      }
      if (typeof message !== 'object' || message === null || Array.isArray(message)) {
        this.fireError(new Error(`Dropped a message that is not a JSON-RPC object: ${body.subarray(0, 80).toString('utf8')}`));
        continue;
      }
      this.callback?.(message as Message);
    }
  }

  /** Drop the bytes before `at` (all but a possible partial header when `at` < 0). */
  private skipTo(at: number, why: string): void {
    const buf = this.flat();
    const keep = at >= 0 ? at : Math.max(0, buf.length - 40);
    this.fireError(new Error(`Skipped ${keep} byte(s) from the client: ${why}.`));
    this.set(buf.subarray(keep));
  }
}

/** The Content-Length of a header block, or undefined when it is not a valid header block. */
function contentLength(headers: string): number | undefined {
  let length: number | undefined;
  for (const line of headers.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'content-length') {
      if (!/^\d{1,12}$/.test(value)) return undefined;
      length = Number(value);
    }
  }
  return length;
}

/** Offset of the next `Content-Length: <n>\r\n` at or after `from`, or -1. */
function nextHeader(buf: Buffer, from: number): number {
  if (from >= buf.length) return -1;
  const text = buf.toString('latin1', from);
  HEADER_START.lastIndex = 0;
  const m = HEADER_START.exec(text);
  return m ? from + m.index : -1;
}
