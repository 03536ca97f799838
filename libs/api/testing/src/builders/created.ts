import type { TestResponse } from '../test-http';

/** What a builder made: its id and the API's 201 answer. */
export interface Created {
  id: string;
  answer: Record<string, unknown>;
}

/** The id and body of a 201 answer; anything else throws, saying what was being made and what came back. */
export function created(what: string, res: TestResponse<Record<string, unknown>>): Created {
  if (res.status !== 201) throw new Error(`${what} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`);
  return { id: res.body['id'] as string, answer: res.body };
}
