import { e2eConfig } from '@jobunivers/web/e2e-support';

export default e2eConfig({ app: 'citizen-web' });
