export { createModuleTestApp, type ModuleTestAppOptions } from './module-test-app';
export { HIGH_RATE_LIMITS, testConfig } from './test-config';
export { workerDatabaseUrl } from './test-database';
export { freePort, TestHttp, type RequestOptions, type TestResponse } from './test-http';
export { SignedInBrowsers } from './signed-in-browsers';
export {
  decryptPush,
  startPushReceiver,
  type PushArrival,
  type PushReceiver,
  type PushSubscriptionJson,
} from './push-receiver';
export { openEventStream } from './event-stream';
export * from './builders';
