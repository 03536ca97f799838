export { NotificationBell, type NotificationBellProps } from './lib/notification-bell';
export { NotificationCentre, type NotificationCentreProps } from './lib/notification-centre';
export {
  confirmPushSubscription,
  disablePush,
  enablePush,
  pushState,
  useNotificationSettings,
  useSaveNotificationSettings,
  type AppNotification,
  type NotificationSettings,
  type NotificationSettingsInput,
  type PushState,
} from './lib/api';
export { conversationKeys, employerRequestKeys, notificationKeys } from './lib/live';
