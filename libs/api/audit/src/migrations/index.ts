import { AuditInit1795331566980 } from './1795331566980-audit-init';

export const auditMigrations = [AuditInit1795331566980];
