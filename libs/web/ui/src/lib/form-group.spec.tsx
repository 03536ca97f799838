import { render, screen } from '@testing-library/react';
import { FormFieldset, FormGroup } from './form-group';

describe('FormGroup', () => {
  it('labels the control and describes it by its hint', () => {
    render(
      <FormGroup id="postal" label="Postnummer" hint="Fire cifre">
        <input className="form-input" />
      </FormGroup>,
    );
    const input = screen.getByLabelText('Postnummer');
    expect(input).toHaveAttribute('id', 'postal');
    expect(input).toHaveAccessibleDescription('Fire cifre');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input.closest('.form-group')).not.toHaveClass('form-error');
  });

  it('marks the control invalid and describes it by hint and error, keeping its own description', () => {
    render(
      <>
        <span id="extra">Se også vejledningen</span>
        <FormGroup id="postal" label="Postnummer" hint="Fire cifre" error="Skriv et postnummer">
          <input className="form-input" aria-describedby="extra" />
        </FormGroup>
      </>,
    );
    const input = screen.getByLabelText('Postnummer');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('aria-describedby', 'postal-hint postal-error extra');
    expect(input).toHaveAccessibleDescription('Fire cifre Skriv et postnummer Se også vejledningen');
    expect(input.closest('.form-group')).toHaveClass('form-error');
  });
});

describe('FormFieldset', () => {
  it('names the group by its legend and describes it by the error', () => {
    render(
      <FormFieldset id="benefit" legend="Ydelse" error="Vælg en ydelse">
        <input type="radio" id="b1" name="b" aria-label="Dagpenge" />
      </FormFieldset>,
    );
    const group = screen.getByRole('group', { name: 'Ydelse' });
    expect(group).toHaveAccessibleDescription('Vælg en ydelse');
    expect(group).toHaveClass('form-error');
  });

  it('has no error class or description without an error', () => {
    render(
      <FormFieldset id="benefit" legend="Ydelse">
        <input type="radio" id="b1" name="b" aria-label="Dagpenge" />
      </FormFieldset>,
    );
    const group = screen.getByRole('group', { name: 'Ydelse' });
    expect(group).not.toHaveAttribute('aria-describedby');
    expect(group).not.toHaveClass('form-error');
  });
});
