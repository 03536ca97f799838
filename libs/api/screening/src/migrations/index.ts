import { QueueItemClosedIndex1795380923938 } from './1795380923938-queue-item-closed-index';
import { ScreeningInit1795340377192 } from './1795340377192-screening-init';
import { ContactExemption1796042713519 } from './1796042713519-contact-exemption';

export const screeningMigrations = [
  ScreeningInit1795340377192,
  QueueItemClosedIndex1795380923938,
  ContactExemption1796042713519,
];
