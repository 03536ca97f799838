export { expectAccessible, expectNoHorizontalScroll } from './axe';
export { CHROMIUM_ARGS, e2eConfig, type E2eOptions } from './playwright.base';
export {
  citizenSignsIn,
  employerSignsIn,
  expectSignedInAs,
  isPhone,
  navigate,
  openMenu,
  press,
  staffSignsIn,
} from './people';
