export { createModuleTestApp, type ModuleTestAppOptions } from './module-test-app';
export { testConfig } from './test-config';
export { workerDatabaseUrl } from './test-database';
export { freePort, TestHttp, type RequestOptions, type TestResponse } from './test-http';
export { SignedInBrowsers } from './signed-in-browsers';
