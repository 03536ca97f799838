import { type Schemas, unwrap } from '@jobunivers/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type Meeting = Schemas['MeetingDto'];
export type Slot = Schemas['SlotDto'];
export type MeetingForm = Meeting['form'];
export const MEETING_FORMS: MeetingForm[] = ['in_person', 'video', 'phone'];

export const meetingKeys = {
  all: ['meetings'] as const,
  list: ['meetings', 'list'] as const,
  one: (id: string) => ['meetings', 'one', id] as const,
  slots: (form: string, from: string, to: string) => ['meetings', 'slots', form, from, to] as const,
};

export function useMyMeetings(enabled = true) {
  return useQuery({
    queryKey: meetingKeys.list,
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/meetings')).items,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKeys.one(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/me/meetings/{id}', { params: { path: { id } } })),
  });
}

export function useSlots(form: MeetingForm | undefined, from: string, to: string) {
  return useQuery({
    queryKey: meetingKeys.slots(form ?? '', from, to),
    enabled: !!form,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/me/meeting-slots', { params: { query: { form, from, to } } })).items,
  });
}

/** Every change answers the new meeting; lists and slots are fetched again. */
function useMeetingMutation<T>(run: (input: T) => Promise<Meeting>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.one(meeting.id), meeting);
      void queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });
}

export const useBookMeeting = () =>
  useMeetingMutation(async (body: Schemas['BookMeetingDto']) =>
    unwrap(await api.POST('/api/v1/me/meetings', { body })),
  );
export const useReschedule = (id: string) =>
  useMeetingMutation(async (body: Schemas['RescheduleDto']) =>
    unwrap(await api.PATCH('/api/v1/me/meetings/{id}', { params: { path: { id } }, body })),
  );
export const useCancelMeeting = (id: string) =>
  useMeetingMutation(async (reason: string) =>
    unwrap(await api.POST('/api/v1/me/meetings/{id}/cancel', { params: { path: { id } }, body: { reason } })),
  );
export const useAcceptMeeting = (id: string) =>
  useMeetingMutation(async () =>
    unwrap(await api.POST('/api/v1/me/meetings/{id}/accept', { params: { path: { id } } })),
  );
export const useRequestChange = (id: string) =>
  useMeetingMutation(async (body: Schemas['ChangeRequestInputDto']) =>
    unwrap(await api.POST('/api/v1/me/meetings/{id}/change-request', { params: { path: { id } }, body })),
  );
export const useRateMeeting = (id: string) =>
  useMeetingMutation(async (body: Schemas['RatingInputDto']) =>
    unwrap(await api.POST('/api/v1/me/meetings/{id}/rating', { params: { path: { id } }, body })),
  );

/** The iCalendar file of a meeting (a plain link: the session cookie goes along). */
export const icsHref = (id: string, language: string) =>
  `/api/v1/me/meetings/${encodeURIComponent(id)}/calendar.ics?lang=${language === 'en' ? 'en' : 'da'}`;
export const UPCOMING: Meeting['status'][] = ['invited', 'booked', 'change_requested'];
