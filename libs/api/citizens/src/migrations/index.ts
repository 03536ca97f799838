import { CitizensInit1795331964904 } from './1795331964904-citizens-init';
import { CitizensCases1795339605222 } from './1795339605222-citizens-cases';

export const citizensMigrations = [CitizensInit1795331964904, CitizensCases1795339605222];
