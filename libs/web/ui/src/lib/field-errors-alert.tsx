/** The API's field errors (a 400 problem's `errors`) as a DKFDS error summary; nothing when there are none. */
export function FieldErrorsAlert({ errors }: { errors: ReadonlyArray<{ field: string; message: string }> }) {
  if (errors.length === 0) return null;
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <ul className="alert-text">
          {errors.map((e) => (
            <li key={e.field}>{e.message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
