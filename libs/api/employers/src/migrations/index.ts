import { EmployersInit1796621079433 } from './1796621079433-employers-init';

export const employersMigrations = [EmployersInit1796621079433];
