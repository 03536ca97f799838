import { type ArgumentMetadata } from '@nestjs/common';
import { type PlatformException, validationExceptionFactory } from '@jobunivers/api/errors';
import { IsString, MaxLength } from 'class-validator';
import { AppValidationPipe, findUnsafeText, isSafeText } from './safe-text';

class NoteDto {
  @IsString() @MaxLength(100) text!: string;
}

describe('text PostgreSQL cannot store', () => {
  it('finds NUL and unpaired surrogates, and lets everything else through', () => {
    for (const bad of ['a\u0000b', '\u0000', '\uD800', 'x\uDFFFy', '\uDBFF', 'end\uD83D'])
      expect(isSafeText(bad)).toBe(false);
    for (const good of ['', 'Ærø', '😀', '\u200F\u202Eabc', 'e\u0301', '\uFFFF', '\u0001\u001F\t\n', 'مرحبا'])
      expect(isSafeText(good)).toBe(true);
  });

  it('names the field by its dotted path, in values and in keys, however deep', () => {
    expect(findUnsafeText({ a: [{ b: 'ok' }, { b: 'x\u0000' }] }, '')).toEqual([
      { field: 'a.1.b', message: 'a.1.b contains characters that are not allowed (NUL or an unpaired surrogate)' },
    ]);
    expect(findUnsafeText({ ['k\uD800']: 1 }, '')).toEqual([
      { field: 'body', message: 'body has a field name with characters that are not allowed' },
    ]);
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeText(deep, 'items')).toHaveLength(1);
  });

  it('is refused with a 400 problem before validation, in body, query and path', async () => {
    const pipe = new AppValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    });
    const problem = (run: Promise<unknown>) =>
      run.then(
        () => undefined,
        (e: PlatformException) => e.toProblem(),
      );
    const body: ArgumentMetadata = { type: 'body', metatype: NoteDto };
    await expect(pipe.transform({ text: 'hello' }, body)).resolves.toEqual(
      Object.assign(new NoteDto(), { text: 'hello' }),
    );
    expect(await problem(pipe.transform({ text: 'he\u0000llo' }, body))).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'text' }],
    });
    expect(await problem(pipe.transform('\uD800', { type: 'param', metatype: String, data: 'uid' }))).toMatchObject({
      status: 400,
      errors: [{ field: 'uid' }],
    });
    expect(await problem(pipe.transform({ q: '\u0000' }, { type: 'query', metatype: Object }))).toMatchObject({
      status: 400,
      errors: [{ field: 'q' }],
    });
  });
});
