import { OutboundAddressRefusedError, type OutboundHttp } from '@jobunivers/api/http';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One Digital Post message: its UUID (the idempotency key the provider sees), the MeMo XML and the PDF. */
export interface DigitalPostMessage {
  messageUuid: string;
  memo: string;
  pdf: Buffer;
}

export type TransportOutcome =
  { status: 'sent' } | { status: 'retry'; reason: string } | { status: 'failed'; reason: string };

/** Hands a letter to Digital Post. Sending the same message UUID twice must not make two letters. */
export interface DigitalPostTransport {
  readonly name: string;
  send(message: DigitalPostMessage): Promise<TransportOutcome>;
}

/**
 * Development, tests and `npm start`: each message as `<uuid>.xml` (MeMo) and `<uuid>.pdf` under
 * DATA_DIR/digital-post, written atomically; a resend replaces the files. File names carry the
 * message UUID only — never a CPR number.
 */
export class FileDigitalPostTransport implements DigitalPostTransport {
  readonly name = 'files';
  constructor(private readonly dir: string) {}

  async send(message: DigitalPostMessage): Promise<TransportOutcome> {
    mkdirSync(this.dir, { recursive: true });
    for (const [ext, body] of [
      ['pdf', message.pdf],
      ['xml', message.memo],
    ] as const) {
      const file = join(this.dir, `${message.messageUuid}.${ext}`);
      writeFileSync(`${file}.tmp`, body);
      renameSync(`${file}.tmp`, file);
    }
    return { status: 'sent' };
  }
}

const TIMEOUT_MS = 30_000;

/**
 * The municipality's Digital Post provider: POSTs the MeMo XML (bearer token, `Idempotency-Key` =
 * message UUID) through the guarded outbound client (no internal addresses unless allowed). 2xx is
 * sent; 408, 429 and 5xx are retried; other answers fail for good.
 */
export class HttpDigitalPostTransport implements DigitalPostTransport {
  readonly name = 'https';
  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly outbound: OutboundHttp,
  ) {}

  async send(message: DigitalPostMessage): Promise<TransportOutcome> {
    const body = Buffer.from(message.memo, 'utf8');
    const headers = {
      'Content-Type': 'application/xml; charset=utf-8',
      Authorization: `Bearer ${this.token}`,
      'Idempotency-Key': message.messageUuid,
    };
    try {
      const { status } = await this.outbound.post(this.url, headers, body, TIMEOUT_MS);
      if (status >= 200 && status < 300) return { status: 'sent' };
      if (status === 408 || status === 429 || status >= 500)
        return { status: 'retry', reason: `Digital Post provider answered ${status}` };
      return { status: 'failed', reason: `Digital Post provider refused the letter (${status})` };
    } catch (error) {
      if (error instanceof OutboundAddressRefusedError) return { status: 'failed', reason: error.message };
      return {
        status: 'retry',
        reason: `Digital Post provider unreachable: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
}
