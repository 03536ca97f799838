import { e2eConfig } from '../../tools/e2e/playwright.base';

export default e2eConfig({ app: 'staff-web', webPort: 4310, apiPort: 3120 });
