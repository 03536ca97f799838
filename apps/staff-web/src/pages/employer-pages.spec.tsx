import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fetchRoutes, NOT_SIGNED_IN, renderApp } from '@jobunivers/web/testing';
import App from '../app/app';

const renderAt = (path: string) => renderApp(App, 'staff', path);

const rasmus = {
  kind: 'staff',
  id: 's9',
  name: 'Rasmus Bech',
  roles: ['employer_consultant'],
  municipalityCode: '0751',
};
const mette = { kind: 'staff', id: 's1', name: 'Mette Kjær', roles: ['caseworker'], municipalityCode: '0751' };
const page = <T,>(items: T[]) =>
  [200, { items, page: 1, limit: 20, total: items.length, totalPages: 1 }] as [number, unknown];

const request = {
  id: 'r1',
  kind: 'internship',
  title: 'Praktik som tømrer',
  description: 'Fire uger.',
  occupationCode: '7115',
  occupationTitle: 'Tømrere og snedkere',
  occupationTitleEn: 'Carpenters and joiners',
  postalCode: '8000',
  municipalityCode: '0751',
  municipalityName: 'Aarhus',
  hoursPerWeek: 30,
  positions: 1,
  startBy: null,
  status: 'candidates_sent',
  outcome: null,
  cvr: '29384756',
  companyName: 'Østjysk Byg A/S',
  createdByName: 'Henrik Bygholm',
  consultantName: 'Rasmus Bech',
  jobAdId: null,
  candidates: 1,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  closedAt: null,
};

describe('Virksomheder (employer requests)', () => {
  it('lists the employer consultants on the sign-in page, and not the demo company users', async () => {
    fetchRoutes({
      'GET /api/v1/me': NOT_SIGNED_IN,
      'GET /api/v1/auth/dev/users': page([
        { id: 's9', role: 'employer_consultant', municipalityCode: '0751', name: 'Rasmus Bech' },
        { id: 'e1', role: 'employer', municipalityCode: '0000', name: 'Henrik Bygholm', cvr: '29384756' },
      ]),
    });
    renderAt('/log-ind');
    expect(await screen.findByRole('button', { name: 'Log ind som Rasmus Bech' })).toHaveTextContent(
      'Rasmus Bech – Virksomhedskonsulent',
    );
    expect(screen.queryByText(/Henrik Bygholm/)).not.toBeInTheDocument();
  });

  it('offers Virksomheder to an employer consultant, with the KPIs and the inbox', async () => {
    const { calls } = fetchRoutes({
      'GET /api/v1/me': [200, rasmus],
      'GET /api/v1/employer-requests': page([{ ...request, status: 'new', consultantName: null }]),
      'GET /api/v1/employer-requests/kpis': [
        200,
        {
          from: '2026-11-01',
          to: '2026-12-01',
          requests: 4,
          answeredWithinTwoWorkingDays: 3,
          answeredShare: 0.75,
          candidatesSent: 5,
          candidatesAccepted: 2,
          hires: 1,
        },
      ],
    });
    renderAt('/virksomheder');
    expect(await screen.findByRole('link', { name: 'Virksomheder' })).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /Praktik som tømrer/ });
    expect(row).toHaveTextContent('Østjysk Byg A/S');
    expect(row).toHaveTextContent('Virksomhedspraktik');
    expect(row).toHaveTextContent('Ny');
    expect(row).toHaveTextContent('Ikke fordelt');
    await waitFor(() => expect(screen.getByTestId('employer-kpis')).toHaveTextContent('75 %'));
    expect(screen.getByTestId('employer-kpis')).toHaveTextContent(
      '3 af 4 henvendelser fik et svar fra en konsulent inden for 2 arbejdsdage.',
    );
    expect(calls).toContain('GET /api/v1/employer-requests?assigned=unassigned&status=open&page=1&limit=20');
  });

  it('tells a caseworker who can see it, without asking the API', async () => {
    const { calls } = fetchRoutes({ 'GET /api/v1/me': [200, mette] });
    renderAt('/virksomheder');
    expect(await screen.findByTestId('employers-forbidden')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Virksomheder' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.includes('employer-requests'))).toEqual([]);
  });

  it('approves a placement only with both dates, and shows it on the request', async () => {
    const detail = {
      ...request,
      messages: [],
      consultantId: 's9',
      proposals: [
        {
          id: 'p1',
          citizenId: 'c1',
          citizenName: 'Carl Lægte',
          status: 'accepted',
          createdAt: '2026-12-01T10:00:00.000Z',
          answeredAt: '2026-12-02T10:00:00.000Z',
        },
      ],
      placements: [],
    };
    const { calls } = fetchRoutes({
      'GET /api/v1/me': [200, rasmus],
      'GET /api/v1/employer-requests/r1': [200, detail],
      'POST /api/v1/employer-requests/r1/placements': [
        201,
        {
          id: 'pl1',
          requestId: 'r1',
          proposalId: 'p1',
          kind: 'internship',
          companyName: 'Østjysk Byg A/S',
          candidateName: 'Carl Lægte',
          startDate: '2027-01-04',
          endDate: '2027-01-29',
          hoursPerWeek: 30,
          status: 'active',
          endedAt: null,
        },
      ],
    });
    renderAt('/virksomheder/r1');
    fireEvent.click(await screen.findByRole('button', { name: 'Godkend forløb for Carl Lægte' }));
    const form = screen.getByRole('form', { name: 'Godkend virksomhedspraktik for Carl Lægte' });
    expect(within(form).getByLabelText(/Timer om ugen/)).toHaveValue(30);
    fireEvent.change(within(form).getByLabelText('Startdato'), { target: { value: '2027-01-04' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Godkend forløbet' }));
    expect(await within(form).findByRole('link', { name: 'Vælg en slutdato.' })).toHaveAttribute(
      'href',
      '#placement-endDate',
    );
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual([]);
    fireEvent.change(within(form).getByLabelText('Slutdato'), { target: { value: '2027-01-29' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Godkend forløbet' }));
    await waitFor(() => expect(screen.getByText(/Forløbet for Carl Lægte er godkendt/)).toBeInTheDocument());
    expect(calls).toContain('POST /api/v1/employer-requests/r1/placements');
  });
});
