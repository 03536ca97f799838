export { RealtimeModule } from './realtime.module';
export { LIVE_CHANNEL, RealtimeService, type LiveEvent, type LiveListener, type LiveTopic } from './realtime.service';
