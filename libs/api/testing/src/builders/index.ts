export { newCpr, newMunicipalityCode, unique } from './unique';
export type { Created } from './created';
export { citizenRegistration, newCitizen, profileBody, type CitizenRegistration, type NewCitizen } from './citizens';
export { newCaseworker, type StaffProvisioner } from './staff';
export { meetingInvitation, newMeeting, type MeetingInvitation } from './meetings';
export { newOffer, offerBody, type OfferBody } from './offers';
export { clientBearer, jobPosting, newJobAd } from './job-ads';
export {
  rewriteCaseDates,
  moveMeeting,
  plantAuditEvent,
  plantCitizen,
  plantCitizenSignIn,
  plantConversation,
  plantMeeting,
  plantMessage,
  plantPlanItem,
  plantQueueItem,
  plantQuestion,
  plantScreening,
  queueItemsDueOn,
  type PlantedCitizen,
  type PlantedMeeting,
  type PlantedQueueItem,
} from './history';
