import { ApiProblemError } from '@jobunivers/api-client';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '@jobunivers/web/i18n';
import { I18nextProvider } from 'react-i18next';
import { ErrorSummary, problemFieldErrors, useErrorSummary } from './error-summary';
import { FormGroup } from './form-group';

function Form() {
  const { errors, report, summary } = useErrorSummary<'email'>((f) => `field-${f}`);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        report({ email: 'Skriv en e-mailadresse.' });
      }}
    >
      <ErrorSummary {...summary} />
      <FormGroup id="field-email" label="E-mail" error={errors.email}>
        <input />
      </FormGroup>
      <button type="submit">Gem</button>
    </form>
  );
}

describe('useErrorSummary + ErrorSummary', () => {
  it('on a failed submit focuses the summary, marks the field and links to it', async () => {
    render(
      <I18nextProvider i18n={initI18n('citizen', 'da')}>
        <Form />
      </I18nextProvider>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Gem' })));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('Der er fejl i formularen');
    const field = screen.getByLabelText('E-mail');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Skriv en e-mailadresse.');
    fireEvent.click(screen.getByRole('link', { name: 'Skriv en e-mailadresse.' }));
    expect(field).toHaveFocus();
  });

  it("reads a 400 problem's field errors, and nothing from other failures", () => {
    const invalid = new ApiProblemError(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'contact.email', message: 'bad' }],
    });
    expect(problemFieldErrors(invalid)).toEqual([{ field: 'contact.email', message: 'bad' }]);
    expect(
      problemFieldErrors(
        new ApiProblemError(503, { type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' }),
      ),
    ).toEqual([]);
    expect(problemFieldErrors(new TypeError('Failed to fetch'))).toEqual([]);
  });
});
