import { type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';
import { purposeHeader } from '../../citizens/api/use-citizens';

export type StaffMeeting = Schemas['StaffMeetingDto'];
export type Availability = Schemas['AvailabilityDto'];
export type MeetingForm = StaffMeeting['form'];
export const MEETING_FORMS: MeetingForm[] = ['in_person', 'video', 'phone'];
export const UPCOMING: StaffMeeting['status'][] = ['invited', 'booked', 'change_requested'];

export const meetingKeys = {
  all: ['meetings'] as const,
  calendar: (from: string, to: string) => ['meetings', 'calendar', from, to] as const,
  citizen: (id: string) => ['meetings', 'citizen', id] as const,
  one: (id: string) => ['meetings', 'one', id] as const,
  availability: ['meetings', 'availability'] as const,
};

export function useCalendar(from: string, to: string) {
  return useQuery({
    queryKey: meetingKeys.calendar(from, to),
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/caseworkers/me/meetings', { params: { query: { from, to } } })).items,
  });
}

export function useCitizenMeetings(citizenId: string, purpose: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...meetingKeys.citizen(citizenId), purpose ?? ''],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens/{id}/meetings', {
          params: { path: { id: citizenId }, header: purposeHeader(purpose) },
        }),
      ).items,
  });
}

export function useStaffMeeting(id: string, purpose: string | undefined) {
  return useQuery({
    queryKey: [...meetingKeys.one(id), purpose ?? ''],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/meetings/{id}', { params: { path: { id }, header: purposeHeader(purpose) } })),
  });
}

function useMeetingMutation<T>(run: (input: T) => Promise<StaffMeeting>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['citizens'] });
    },
  });
}

export const useInvite = (citizenId: string, purpose?: string) =>
  useMeetingMutation(async (body: Schemas['InviteDto']) =>
    unwrap(
      await api.POST('/api/v1/citizens/{id}/meetings', {
        params: { path: { id: citizenId }, header: purposeHeader(purpose) },
        body,
      }),
    ),
  );
export const useMoveMeeting = (id: string, purpose?: string) =>
  useMeetingMutation(async (body: Schemas['RescheduleDto']) =>
    unwrap(
      await api.PATCH('/api/v1/meetings/{id}', { params: { path: { id }, header: purposeHeader(purpose) }, body }),
    ),
  );
export const useOutcome = (id: string, purpose?: string) =>
  useMeetingMutation(async (body: Schemas['OutcomeInputDto']) =>
    unwrap(
      await api.POST('/api/v1/meetings/{id}/outcome', {
        params: { path: { id }, header: purposeHeader(purpose) },
        body,
      }),
    ),
  );
export const useNotes = (id: string, purpose?: string) =>
  useMeetingMutation(async (body: Schemas['NotesInputDto']) =>
    unwrap(
      await api.PUT('/api/v1/meetings/{id}/notes', { params: { path: { id }, header: purposeHeader(purpose) }, body }),
    ),
  );

export function useAvailability() {
  return useQuery({
    queryKey: meetingKeys.availability,
    queryFn: async () => unwrap(await api.GET('/api/v1/caseworkers/me/availability')),
  });
}

export function useSaveAvailability() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Availability) => unwrap(await api.PUT('/api/v1/caseworkers/me/availability', { body })),
    onSuccess: (saved) => queryClient.setQueryData(meetingKeys.availability, saved),
  });
}

export function useCalendarFeed() {
  return useMutation({ mutationFn: async () => unwrap(await api.POST('/api/v1/caseworkers/me/calendar-feed')).url });
}
