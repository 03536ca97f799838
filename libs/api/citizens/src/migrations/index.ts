import { CitizenDigitalPostExempt1796042355170 } from './1796042355170-citizen-digital-post-exempt';
import { CitizensRetention1795381417978 } from './1795381417978-citizens-retention';
import { CitizenClosedIndex1795380923937 } from './1795380923937-citizen-closed-index';
import { CitizensInit1795331964904 } from './1795331964904-citizens-init';
import { CitizensCases1795339605222 } from './1795339605222-citizens-cases';
import { CitizensProfile1795342426611 } from './1795342426611-citizens-profile';
import { BenefitTypes1796042713418 } from './1796042713418-benefit-types';

export const citizensMigrations = [
  CitizensInit1795331964904,
  CitizensCases1795339605222,
  CitizensProfile1795342426611,
  CitizenClosedIndex1795380923937,
  CitizensRetention1795381417978,
  CitizenDigitalPostExempt1796042355170,
  BenefitTypes1796042713418,
];
