export { AuditModule } from './audit.module';
export { AuditService, type AuditActor, type AuditEntry, type ListRead } from './audit.service';
export { auditMigrations } from './migrations';
export { ApiPurposeHeader, PURPOSE_HEADER, resolvePurpose } from './purpose';
export type { AuditAction, AuditOutcome } from './entities/audit-event.entity';
