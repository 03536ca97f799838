import { AuditRetention1795381600000 } from './1795381600000-audit-retention';
import { AuditInit1795331566980 } from './1795331566980-audit-init';

export const auditMigrations = [AuditInit1795331566980, AuditRetention1795381600000];
