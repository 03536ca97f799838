import { render, screen } from '@testing-library/react';
import { FieldErrorsAlert } from './field-errors-alert';

describe('FieldErrorsAlert', () => {
  it("lists the API's field errors in an alert", () => {
    render(
      <FieldErrorsAlert
        errors={[
          { field: 'url', message: 'url must be an http(s) URL' },
          { field: 'types', message: 'types must be among: …' },
        ]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('url must be an http(s) URL');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('renders nothing without errors', () => {
    const { container } = render(<FieldErrorsAlert errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
