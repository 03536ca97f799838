import { CitizensInit1795331964904 } from './1795331964904-citizens-init';

export const citizensMigrations = [CitizensInit1795331964904];
