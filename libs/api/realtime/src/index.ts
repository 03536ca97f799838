export { RealtimeModule } from './realtime.module';
export { LIVE_CHANNEL } from './live-channel';
export { RealtimeService, type LiveEvent, type LiveListener, type LiveTopic } from './realtime.service';
