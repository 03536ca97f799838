import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fetchRoutes, NOT_SIGNED_IN, renderApp } from '@jobunivers/web/testing';
import App from './app';

const renderAt = (path: string) => renderApp(App, 'staff', path);

const mette = { kind: 'staff', id: 's1', name: 'Mette Kjær', roles: ['caseworker'], municipalityCode: '0751' };

describe('staff console', () => {
  it('opens on "Mit overblik"', async () => {
    fetchRoutes({ 'GET /api/v1/me': NOT_SIGNED_IN });
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mit overblik' })).toBeInTheDocument();
  });

  it('signs a demo caseworker in and shows who is signed in', async () => {
    const { calls } = fetchRoutes({
      'GET /api/v1/me': NOT_SIGNED_IN,
      'GET /api/v1/auth/dev/users': [
        200,
        {
          items: [
            { id: 's1', role: 'caseworker', municipalityCode: '0751', name: 'Mette Kjær' },
            { id: 'c1', role: 'citizen', municipalityCode: '0751', name: 'Sofie Jensen' },
          ],
          page: 1,
          limit: 2,
          total: 2,
          totalPages: 1,
        },
      ],
      'POST /api/v1/auth/dev/sign-in': [200, mette],
    });
    renderAt('/log-ind');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log ind som Mette Kjær' })).toBeInTheDocument());
    expect(screen.queryByText(/Sofie Jensen/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Log ind som Mette Kjær' }));
    await waitFor(() =>
      expect(screen.getByTestId('signed-in')).toHaveTextContent('Du er logget ind som Mette Kjær (Jobkonsulent).'),
    );
    expect(calls).toContain('POST /api/v1/auth/dev/sign-in');
  });

  it('asks the API with the filters from the URL and shows the rows', async () => {
    const { calls } = fetchRoutes({
      'GET /api/v1/me': NOT_SIGNED_IN,
      'GET /api/v1/municipalities': [
        200,
        {
          items: [
            {
              code: '0751',
              name: 'Aarhus',
              region: 'Midtjylland',
              regionCode: '1082',
              latitude: 56.1,
              longitude: 10.1,
            },
          ],
          page: 1,
          limit: 25,
          total: 1,
          totalPages: 1,
        },
      ],
    });
    renderAt('/kommuner?region=Midtjylland&sort=-name');
    await waitFor(() => expect(screen.getByRole('cell', { name: 'Aarhus' })).toBeInTheDocument());
    expect(calls).toContain('GET /api/v1/municipalities?page=1&limit=25&sort=-name&region=Midtjylland');
    expect(screen.getByRole('columnheader', { name: /Navn/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('shows a calm alert, not a crash, when the API answers 503', async () => {
    const { calls } = fetchRoutes({
      'GET /api/v1/me': NOT_SIGNED_IN,
      'GET /api/v1/municipalities': [503, { type: 'x', title: 'down', status: 503, code: 'service_unavailable' }],
    });
    renderAt('/kommuner');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Der skete en fejl'));
    expect(calls.some((c) => c.startsWith('GET /api/v1/municipalities'))).toBe(true);
  });

  it('refuses a too-short exemption reason with an error summary, and says plainly when the quota is used up', async () => {
    const id = 'c0751000-0000-4000-8000-000000000001';
    const plan = {
      ruleSetId: 'lov-1750-2026',
      targetGroup: 'unemployment_benefit',
      unemployedSince: '2026-10-05',
      requirements: [
        {
          kind: 'first_meeting',
          index: 1,
          from: '2026-10-05',
          dueBy: '2026-10-19',
          form: 'in_person_first',
          status: 'overdue',
          meetingId: null,
        },
        {
          kind: 'job_meetings',
          index: 1,
          from: '2026-10-05',
          dueBy: '2027-04-06',
          form: 'any',
          status: 'due',
          meetingId: null,
        },
      ],
      exemption: null,
    };
    const { calls } = fetchRoutes({
      'GET /api/v1/me': [200, mette],
      [`GET /api/v1/citizens/${id}`]: [
        200,
        {
          id,
          firstName: 'Sofie',
          lastName: 'Jensen',
          cprMasked: '010392-xxxx',
          benefitType: 'unemployment_benefit',
          unemployedSince: '2026-10-05',
          weeksUnemployed: 9,
          status: 'active',
          assignedCaseworkerId: 's1',
          assignedCaseworkerName: 'Mette Kjær',
          email: null,
          phone: null,
        },
      ],
      [`GET /api/v1/citizens/${id}/contact-plan`]: [200, plan],
      [`GET /api/v1/citizens/${id}/contact-exemption-quota`]: [
        200,
        {
          targetGroup: 'unemployment_benefit',
          ruleSetId: 'lov-1750-2026',
          cohort: '2026-H2',
          cohortFrom: '2026-07-01',
          cohortTo: '2026-12-31',
          cohortSize: 4,
          exempt: 1,
          maxShare: 0.25,
          allowed: 1,
          remaining: 0,
        },
      ],
      [`POST /api/v1/citizens/${id}/contact-exemption`]: [
        409,
        { type: 'x', title: 'Quota', status: 409, code: 'exemption_quota_exceeded', detail: 'x' },
      ],
    });
    renderAt(`/borgere/${id}`);
    await waitFor(
      () => expect(screen.getByRole('row', { name: /Første jobsamtale/ })).toHaveTextContent('Overskredet'),
      { timeout: 10_000 },
    );
    expect(screen.getByRole('row', { name: /^Jobsamtale/ })).toHaveTextContent('Skal holdes');
    await waitFor(
      () =>
        expect(screen.getByTestId('exemption-quota')).toHaveTextContent(
          'Kommunen kan undtage 0 borgere mere i denne målgruppe: 1 af 1 tilladte undtagelser er brugt (højst 25 % af de 4 borgere, der blev ledige fra 1. juli 2026 til 31. december 2026).',
        ),
      { timeout: 10_000 },
    );

    fireEvent.change(screen.getByLabelText('Begrundelse'), { target: { value: 'For kort' } });
    fireEvent.click(screen.getByRole('button', { name: 'Undtag fra samtalekrav' }));
    await waitFor(() => expect(screen.getByText('Undtagelsen blev ikke gemt')).toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Begrundelsen skal være mindst 10 tegn.' })).toHaveAttribute(
      'href',
      '#exemption-reason',
    );
    expect(screen.getByLabelText('Begrundelse')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual([]);

    fireEvent.change(screen.getByLabelText('Begrundelse'), { target: { value: 'Har fået fast job fra næste måned.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Undtag fra samtalekrav' }));
    await waitFor(() => expect(screen.getByText('Borgeren er ikke undtaget')).toBeInTheDocument(), { timeout: 10_000 });
    expect(
      screen.getByText(
        /Kommunen har allerede undtaget så mange borgere i denne målgruppe og periode, som loven tillader/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Undtagelsen blev ikke gemt')).not.toBeInTheDocument();
  }, 30_000);
});
