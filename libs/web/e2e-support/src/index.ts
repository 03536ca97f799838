export { expectAccessible, expectNoHorizontalScroll } from './axe';
export { CHROMIUM_ARGS, e2eConfig, type E2eOptions } from './playwright.base';
export { citizenSignsIn, press, staffSignsIn } from './people';
