import { e2eConfig } from '@jobunivers/web/e2e-support';

// The staff console runs beside the citizen app for the journey through both.
export default e2eConfig({ app: 'citizen-web', companion: { app: 'staff-web', role: 'staff' } });
